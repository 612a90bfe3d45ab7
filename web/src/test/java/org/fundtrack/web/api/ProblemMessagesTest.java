package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem wording the API uses exists in English and French, and the bundles agree. */
class ProblemMessagesTest {

  private static final Locale FR = Locale.forLanguageTag("fr-CA");
  private static final Pattern KEY_IN_SOURCE =
      Pattern.compile("\"((?:problem|parameter)\\.[a-z.-]+)\"");

  @Test
  void bundles_haveTheSameKeys() throws IOException {
    assertThat(load("ProblemMessages_fr.properties").stringPropertyNames())
        .isEqualTo(load("ProblemMessages.properties").stringPropertyNames());
  }

  @Test
  void everyProblemType_hasATitleAndADetailInBothLanguages() {
    for (ProblemType type : ProblemType.values()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, FR}) {
        assertThat(ProblemMessages.format(locale, type.titleKey()))
            .as(type + " " + locale)
            .isNotBlank();
        assertThat(ProblemMessages.format(locale, type.detailKey(), 1)).isNotBlank();
      }
    }
  }

  @Test
  void everyKeyTheCodeNames_exists() throws IOException {
    Properties english = load("ProblemMessages.properties");
    Set<String> used = keysUsedInSources();

    assertThat(used).contains("parameter.integer", "parameter.enum", "parameter.sort");
    assertThat(english.stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyPattern_isAValidMessageFormatWithoutStraightApostrophes() throws IOException {
    for (String bundle :
        new String[] {"ProblemMessages.properties", "ProblemMessages_fr.properties"}) {
      Properties messages = load(bundle);
      for (String key : messages.stringPropertyNames()) {
        String pattern = messages.getProperty(key);
        assertThat(pattern).as(bundle + " " + key).doesNotContain("'");
        new MessageFormat(pattern, Locale.ROOT);
      }
    }
  }

  @Test
  void english_isNeverReplacedByTheServersDefaultLocale() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CANADA_FRENCH);
      assertThat(ProblemMessages.title(ProblemType.NOT_FOUND, Locale.forLanguageTag("en-CA")))
          .isEqualTo("Not found");
      assertThat(ProblemMessages.title(ProblemType.NOT_FOUND, Locale.GERMAN))
          .isEqualTo("Not found");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void french_isWordedInFrench() {
    assertThat(ProblemMessages.title(ProblemType.UNKNOWN_PARAMETER, FR))
        .isEqualTo("Paramètre de requête inconnu");
    assertThat(ProblemMessages.format(FR, "problem.http-error.detail", 418))
        .isEqualTo("La requête a échoué avec le statut HTTP 418.");
  }

  private static Set<String> keysUsedInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/fundtrack/web/api"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    return keys;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemMessagesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
