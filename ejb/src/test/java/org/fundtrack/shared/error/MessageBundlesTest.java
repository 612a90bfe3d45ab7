package org.fundtrack.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URISyntaxException;
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
import org.fundtrack.shared.money.Money;
import org.junit.jupiter.api.Test;

/** Every message key the code uses exists in English and French, and the two bundles agree. */
class MessageBundlesTest {

  private static final Pattern THROWN_KEY =
      Pattern.compile(
          "BusinessRuleViolation\\.(?:notFound|notAllowed|conflict|invalid)\\(\\s*\"([^\"]+)\"");

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource);
        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> constraintKeysOfCompiledClasses()
      throws IOException, URISyntaxException, ReflectiveOperationException {
    Path classes = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes.resolve("org/fundtrack"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        for (Field field :
            Class.forName(name, false, Money.class.getClassLoader()).getDeclaredFields()) {
          for (Annotation annotation : field.getAnnotations()) {
            addMessageKey(annotation, keys);
          }
        }
      }
    }
    return keys;
  }

  private static void addMessageKey(Annotation annotation, Set<String> keys)
      throws ReflectiveOperationException {
    for (Method method : annotation.annotationType().getDeclaredMethods()) {
      if (method.getName().equals("message")) {
        String message = (String) method.invoke(annotation);
        assertThat(message).as(annotation.toString()).matches("\\{[a-zA-Z0-9.]+\\}");
        keys.add(message.substring(1, message.length() - 1));
      }
    }
  }

  private static Set<String> thrownKeysInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = THROWN_KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void validationMessages_englishAndFrenchHaveTheSameKeys() throws IOException {
    Properties en = load("/ValidationMessages.properties");
    Properties fr = load("/ValidationMessages_fr.properties");

    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.values()).noneMatch(v -> v.toString().isBlank());
    assertThat(fr.values()).noneMatch(v -> v.toString().isBlank());
  }

  @Test
  void validationMessages_holdEveryKeyTheEntitiesUse() throws Exception {
    Set<String> used = constraintKeysOfCompiledClasses();

    assertThat(used).contains("field.required", "money.digits", "grant.amount.positive");
    assertThat(load("/ValidationMessages.properties").stringPropertyNames()).containsAll(used);
  }

  @Test
  void businessRuleMessages_englishAndFrenchHaveTheSameKeys() throws IOException {
    Properties en = load("/org/fundtrack/shared/error/BusinessRuleMessages.properties");
    Properties fr = load("/org/fundtrack/shared/error/BusinessRuleMessages_fr.properties");

    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void businessRuleMessages_holdEveryKeyTheCodeThrows() throws IOException {
    Set<String> thrown = thrownKeysInSources();

    assertThat(thrown).contains("budget.line.exhausted", "grant.status.transitionRefused");
    assertThat(
            load("/org/fundtrack/shared/error/BusinessRuleMessages.properties")
                .stringPropertyNames())
        .containsAll(thrown);
  }

  @Test
  void businessRuleMessages_areValidPatternsWithoutStraightApostrophes() throws IOException {
    for (String bundle : new String[] {"", "_fr"}) {
      Properties messages =
          load("/org/fundtrack/shared/error/BusinessRuleMessages" + bundle + ".properties");
      for (String key : messages.stringPropertyNames()) {
        String pattern = messages.getProperty(key);
        assertThat(pattern).as(key).doesNotContain("'");
        new MessageFormat(pattern, Locale.CANADA_FRENCH);
      }
    }
  }

  @Test
  void message_formatsAmountsForTheLocale() {
    BusinessRuleViolation violation =
        BusinessRuleViolation.invalid("budget.line.exhausted", Money.of("10000"), Money.of("2.5"));

    assertThat(violation.message(Locale.CANADA))
        .isEqualTo("This budget line cannot commit $10,000.00: only $2.50 is available.");
    assertThat(violation.message(Locale.CANADA_FRENCH))
        .startsWith("Cette ligne budgétaire ne peut engager 10")
        .contains("000,00 $")
        .endsWith("2,50 $ sont disponibles.");
  }

  @Test
  void message_isEnglishForEnglishEvenOnAFrenchServer() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CANADA_FRENCH);
      BusinessRuleViolation violation =
          BusinessRuleViolation.invalid("money.amount.notPositive", new BigDecimal("-1.00"));

      assertThat(violation.message(Locale.ENGLISH)).startsWith("The amount must be positive");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void violation_keepsKeyAndCopiesArguments() {
    Object[] args = {"AHT-2024-0001"};
    BusinessRuleViolation violation =
        BusinessRuleViolation.invalid("grant.approval.ownGrant", args);
    args[0] = "changed";
    violation.getArgs()[0] = "changed too";

    assertThat(violation.getMessageKey()).isEqualTo("grant.approval.ownGrant");
    assertThat(violation.getArgs()).containsExactly("AHT-2024-0001");
  }
}
