package org.fundtrack.shared.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The native queries' result set mappings (META-INF/orm.xml) against the code, without a server:
 * each constructor result names a public constructor of exactly its columns' types (EclipseLink
 * looks it up by those types, so a mismatch would first show as a failed page), and each mapping is
 * used by a query while each query names a mapping that exists.
 */
class ResultSetMappingsTest {

  private static final Map<String, Class<?>> PRIMITIVES =
      Map.of("long", long.class, "int", int.class, "boolean", boolean.class, "short", short.class);

  private record Mapping(String name, String target, List<String> columnTypes) {}

  @Test
  void everyConstructorResultHasAPublicConstructorOfItsColumnTypes() throws Exception {
    List<Mapping> mappings = mappings();
    assertThat(mappings).isNotEmpty();
    for (Mapping m : mappings) {
      Class<?> target = Class.forName(m.target());
      Class<?>[] types = m.columnTypes().stream().map(this::type).toArray(Class<?>[]::new);
      Constructor<?> constructor = target.getConstructor(types);
      assertThat(Modifier.isPublic(target.getModifiers()))
          .as("%s: %s is public", m.name(), target.getName())
          .isTrue();
      assertThat(constructor.getParameterCount()).isEqualTo(m.columnTypes().size());
    }
  }

  @Test
  void everyMappingIsUsedByAQuery_andEveryQueryNamesAMappingThatExists() {
    List<String> names = mappings().stream().map(Mapping::name).toList();
    assertThat(names).doesNotHaveDuplicates();
    String sources = mainSources();
    for (String name : names) {
      assertThat(sources).as("a query uses the mapping %s", name).contains("\"" + name + "\"");
    }
    var named = java.util.regex.Pattern.compile("createNativeQuery\\([^;]*?,\\s*\"(\\w+)\"\\)");
    var m = named.matcher(sources);
    while (m.find()) {
      assertThat(names).as("the mapping a query names").contains(m.group(1));
    }
  }

  private Class<?> type(String name) {
    try {
      return PRIMITIVES.containsKey(name) ? PRIMITIVES.get(name) : Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no column type " + name, e);
    }
  }

  private static List<Mapping> mappings() {
    try (InputStream in =
        ResultSetMappingsTest.class.getClassLoader().getResourceAsStream("META-INF/orm.xml")) {
      assertThat(in).as("META-INF/orm.xml on the class path").isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().parse(in);
      NodeList sets = doc.getElementsByTagNameNS("*", "sql-result-set-mapping");
      List<Mapping> found = new ArrayList<>();
      for (int i = 0; i < sets.getLength(); i++) {
        Element set = (Element) sets.item(i);
        NodeList results = set.getElementsByTagNameNS("*", "constructor-result");
        for (int j = 0; j < results.getLength(); j++) {
          Element result = (Element) results.item(j);
          NodeList columns = result.getElementsByTagNameNS("*", "column");
          List<String> types = new ArrayList<>();
          for (int k = 0; k < columns.getLength(); k++) {
            types.add(((Element) columns.item(k)).getAttribute("class"));
          }
          found.add(
              new Mapping(set.getAttribute("name"), result.getAttribute("target-class"), types));
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new AssertionError("META-INF/orm.xml cannot be read", e);
    }
  }

  private static String mainSources() {
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      StringBuilder all = new StringBuilder();
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(f)).append('\n');
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
