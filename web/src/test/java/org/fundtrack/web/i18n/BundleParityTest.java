package org.fundtrack.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every English/French bundle pair the WAR carries (pages, problems, business rules, validation,
 * reports; found on the class path, not listed) has the same keys, the same placeholders in each
 * message, and no empty message: a key added in one language only would show a raw key, or an
 * argument dropped, to half the users.
 */
class BundleParityTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  static List<String> frenchBundles() {
    Set<String> found = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        found.addAll(inDirectory(path));
      } else if (entry.contains("fundtrack-") && entry.endsWith(".jar")) {
        found.addAll(inJar(path));
      }
    }
    return new ArrayList<>(found);
  }

  @ParameterizedTest
  @MethodSource("frenchBundles")
  void frenchBundle_hasExactlyTheEnglishKeysAndPlaceholders(String french) {
    String english = french.replace("_fr.properties", ".properties");
    Properties en = load(english);
    Properties fr = load(french);

    assertThat(fr.stringPropertyNames())
        .as("keys of %s against %s", french, english)
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    Map<String, String> mismatched = new TreeMap<>();
    for (String key : en.stringPropertyNames()) {
      if (!placeholders(en.getProperty(key)).equals(placeholders(fr.getProperty(key)))) {
        mismatched.put(key, en.getProperty(key) + " | " + fr.getProperty(key));
      }
      assertThat(en.getProperty(key)).as("%s in %s", key, english).isNotBlank();
      assertThat(fr.getProperty(key)).as("%s in %s", key, french).isNotBlank();
    }
    assertThat(mismatched).as("messages whose placeholders differ in %s", french).isEmpty();
  }

  @Test
  void frenchBundles_areFoundForEveryModule() {
    assertThat(frenchBundles())
        .as("the bundles of every module are on the class path")
        .anyMatch(b -> b.endsWith("web/i18n/messages_fr.properties"))
        .anyMatch(b -> b.endsWith("web/api/ProblemMessages_fr.properties"))
        .anyMatch(b -> b.endsWith("reports/reports_fr.properties"))
        .anyMatch(b -> b.endsWith("shared/error/BusinessRuleMessages_fr.properties"))
        .anyMatch(b -> b.equals("ValidationMessages_fr.properties"));
  }

  private static Set<String> placeholders(String message) {
    Set<String> numbers = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(message);
    while (matcher.find()) {
      numbers.add(matcher.group(1));
    }
    return numbers;
  }

  private static Set<String> inDirectory(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("_fr.properties"))
          .map(f -> root.relativize(f).toString().replace(File.separatorChar, '/'))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> inJar(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Set<String> names = new TreeSet<>();
      file.stream()
          .map(java.util.zip.ZipEntry::getName)
          .filter(n -> n.endsWith("_fr.properties"))
          .forEach(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
