package org.fundtrack.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every field a person types into, on every page of the WAR (found by reading the pages, not listed
 * here): a field whose bean property is a number takes one of the number converters ({@link
 * NumberInputConverter}) and carries their style class, so it reads and writes the page's language
 * exactly; no field uses a widget with its own number parsing. The browser tests find the fields by
 * that style class and round-trip each one through the database.
 */
class NumericInputsTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Set<String> TYPED =
      Set.of(
          "inputText",
          "inputTextarea",
          "inputMask",
          "password",
          "autoComplete",
          "keyboard",
          "inputNumber",
          "spinner");
  private static final Set<String> OWN_NUMBER_PARSING = Set.of("inputNumber", "spinner", "knob");
  private static final Set<String> CONVERTERS =
      Set.of(
          "fundtrack.amount",
          "fundtrack.percent",
          "fundtrack.count",
          "fundtrack.measure",
          "fundtrack.indicator");

  private static PageExpressions expressions;
  private static List<Field> fields;

  /** One typed field of a page, with the type of its value if it is known. */
  record Field(String page, String id, String tag, Element element, Optional<Type> type) {

    String converter() {
      return element.getAttribute("converter");
    }

    boolean marked() {
      return List.of(element.getAttribute("styleClass").split("\\s+"))
          .contains(NumberInputConverter.MARKER);
    }

    boolean numeric() {
      return type.map(NumericInputsTest::isNumber).orElse(false);
    }

    @Override
    public String toString() {
      return page + " #" + id + " (" + element.getAttribute("value") + ")";
    }
  }

  @BeforeAll
  static void readPages() throws Exception {
    expressions = PageExpressions.of(Path.of("target/classes"));
    fields = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Element root = parse(page);
        Map<String, Type> names = new HashMap<>();
        collectParams(root, names);
        collectFields(PAGES.relativize(page).toString(), root, names);
      }
    }
  }

  @Test
  void thePagesHaveNumberFields() {
    assertThat(fields.stream().filter(Field::marked))
        .as("number fields found in the pages")
        .hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void everyFieldsType_isKnown() {
    assertThat(fields.stream().filter(f -> f.type().isEmpty()))
        .as("fields whose value type cannot be worked out from the view beans")
        .isEmpty();
  }

  @Test
  void everyNumberField_takesANumberConverterAndItsStyleClass() {
    assertThat(fields.stream().filter(f -> f.numeric() && !CONVERTERS.contains(f.converter())))
        .as("number fields without one of %s", CONVERTERS)
        .isEmpty();
    assertThat(fields.stream().filter(f -> CONVERTERS.contains(f.converter()) != f.marked()))
        .as(
            "fields where the number converter and the style class %s do not go together",
            NumberInputConverter.MARKER)
        .isEmpty();
  }

  @Test
  void noFieldParsesNumbersItsOwnWay() {
    assertThat(fields.stream().filter(f -> OWN_NUMBER_PARSING.contains(f.tag())))
        .as("widgets that parse numbers without the page's language")
        .isEmpty();
  }

  @Test
  void theFinderResolvesWhatThePagesUse() {
    Map<String, Type> names = Map.of();
    assertThat(expressions.typeOf("#{grantEntryView.totalAmount}", names))
        .contains(BigDecimal.class);
    assertThat(expressions.typeOf("#{reportFormView.spent[b.code()]}", names))
        .contains(BigDecimal.class);
    assertThat(expressions.typeOf("#{grantEntryView.titleEn}", names)).contains(String.class);
    assertThat(expressions.typeOf("#{grantEntryView.nothing}", names)).isEmpty();
  }

  private static void collectParams(Element element, Map<String, Type> names) {
    if ("param".equals(element.getLocalName()) && element.hasAttribute("name")) {
      expressions
          .typeOf(element.getAttribute("value"), names)
          .ifPresent(t -> names.put(element.getAttribute("name"), t));
    }
    children(element).forEach(child -> collectParams(child, names));
  }

  private static void collectFields(String page, Element element, Map<String, Type> names) {
    Map<String, Type> scope = names;
    if (element.hasAttribute("var") && !"selectItems".equals(element.getLocalName())) {
      scope = new HashMap<>(names);
      Type row =
          expressions
              .typeOf(element.getAttribute("value"), names)
              .map(t -> PageExpressions.elementType(t, false))
              .orElse(null);
      if (row != null) {
        scope.put(element.getAttribute("var"), row);
      }
    }
    if (TYPED.contains(element.getLocalName()) || isHtmlNumberInput(element)) {
      fields.add(
          new Field(
              page,
              element.getAttribute("id"),
              element.getLocalName(),
              element,
              isHtmlNumberInput(element)
                  ? Optional.of(BigDecimal.class)
                  : expressions.typeOf(element.getAttribute("value"), scope)));
    }
    for (Element child : children(element)) {
      collectFields(page, child, scope);
    }
  }

  /** A plain HTML number input bypasses the converters; it is counted as an unmarked number. */
  private static boolean isHtmlNumberInput(Element element) {
    return "input".equals(element.getLocalName()) && "number".equals(element.getAttribute("type"));
  }

  static boolean isNumber(Type type) {
    Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
    return raw instanceof Class<?> c
        && (Number.class.isAssignableFrom(c)
            || (c.isPrimitive() && c != boolean.class && c != char.class && c != void.class));
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  private static Element parse(Path page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try {
      return factory.newDocumentBuilder().parse(page.toFile()).getDocumentElement();
    } catch (IOException e) {
      throw new IllegalStateException(page + " cannot be read", e);
    }
  }
}
