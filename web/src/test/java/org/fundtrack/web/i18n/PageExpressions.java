package org.fundtrack.web.i18n;

import jakarta.inject.Named;
import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.primefaces.model.LazyDataModel;

/**
 * The Java type a page's value expression stands for, worked out from the view beans' classes:
 * {@code #{e.totalAmount}} with {@code e} a {@code ui:param} for {@code #{grantEntryView}} is
 * {@code GrantEntryView.getTotalAmount()}'s type; {@code #{v.spent[b.code()]}} is the value type of
 * the map {@code getSpent()} returns; a table's {@code var} is the element type of its value. Only
 * plain paths are resolved (properties, no-argument methods, brackets); anything else is empty, so
 * a test can insist that every input's type is known.
 */
final class PageExpressions {

  private static final Pattern SEGMENT =
      Pattern.compile(
          "\\.([A-Za-z_]\\w*)(\\((?:[^()]|\\([^()]*\\))*\\))?|\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]");
  private static final Pattern PATH =
      Pattern.compile("#\\{\\s*([A-Za-z_]\\w*)((?:\\.|\\[).*?)?\\s*}");

  private final Map<String, Class<?>> beans;

  private PageExpressions(Map<String, Class<?>> beans) {
    this.beans = beans;
  }

  /** Reads the {@code @Named} beans from the compiled classes under {@code classes}. */
  static PageExpressions of(Path classes) {
    Map<String, Class<?>> beans = new HashMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .map(PageExpressions::load)
          .filter(c -> c.isAnnotationPresent(Named.class))
          .forEach(c -> beans.put(beanName(c), c));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PageExpressions(beans);
  }

  /** The type {@code expression} stands for, given the names a page defines; empty if unknown. */
  Optional<Type> typeOf(String expression, Map<String, Type> names) {
    Matcher path = PATH.matcher(expression.strip());
    if (!path.matches()) {
      return Optional.empty();
    }
    Type type =
        names.containsKey(path.group(1)) ? names.get(path.group(1)) : beans.get(path.group(1));
    String rest = path.group(2) == null ? "" : path.group(2);
    Matcher segment = SEGMENT.matcher(rest);
    int at = 0;
    while (type != null && at < rest.length()) {
      if (!segment.find(at) || segment.start() != at) {
        return Optional.empty();
      }
      type = segment.group(1) == null ? elementType(type, true) : member(type, segment.group(1));
      at = segment.end();
    }
    return Optional.ofNullable(type);
  }

  /** The element type of a collection, table model or (for brackets) map value. */
  static Type elementType(Type type, boolean mapValue) {
    if (type instanceof Class<?> array && array.isArray()) {
      return array.getComponentType();
    }
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      Type[] arguments = generic.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw) && mapValue) {
        return arguments[1];
      }
      if (Collection.class.isAssignableFrom(raw)
          || LazyDataModel.class.isAssignableFrom(raw)
          || Iterable.class.isAssignableFrom(raw)) {
        return arguments[0];
      }
    }
    return null;
  }

  private static Type member(Type owner, String name) {
    Type raw = owner instanceof ParameterizedType p ? p.getRawType() : owner;
    if (!(raw instanceof Class<?> type)) {
      return null;
    }
    String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(
            m ->
                m.getName().equals("get" + capital)
                    || m.getName().equals("is" + capital)
                    || m.getName().equals(name))
        .min((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
        .map(Method::getGenericReturnType)
        .orElse(null);
  }

  private static String beanName(Class<?> type) {
    String name = type.getAnnotation(Named.class).value();
    return name.isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : name;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PageExpressions.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
