package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  record Line(String category, BigDecimal amount) {}

  record Input(
      Long recipientId,
      int count,
      BigDecimal total,
      String title,
      LocalDate startDate,
      Boolean flag,
      List<Line> lines,
      Map<Integer, BigDecimal> byPeriod) {}

  private static final String GOOD =
      "{\"recipientId\": 7, \"count\": 2, \"total\": 1500.00, \"title\": \"Ligne d’écoute 🙂\","
          + " \"startDate\": \"2026-04-01\", \"flag\": true,"
          + " \"lines\": [{\"category\": \"SALARIES\", \"amount\": 1500.00}],"
          + " \"byPeriod\": {\"1\": 10, \"2\": 12.5}}";

  @Test
  void aWellTypedBody_passes() {
    assertThatCode(() -> check(GOOD)).doesNotThrowAnyException();
    assertThatCode(() -> check("{\"recipientId\": null, \"count\": 1}")).doesNotThrowAnyException();
  }

  @Test
  void trailingDataOrASecondDocument_isRefused() {
    assertThat(detail(GOOD + " x")).contains("after its JSON document");
    assertThat(detail(GOOD + " {}")).contains("after its JSON document");
    assertThat(detail("{\"count\": 1")).contains("not a well-formed");
    assertThat(detail("")).contains("not a well-formed");
  }

  @Test
  void aDuplicateKey_isRefused_evenNested() {
    assertThat(detail("{\"count\": 1, \"count\": 2}")).contains("“count” appears twice");
    assertThat(detail("{\"lines\": [{\"amount\": 1, \"amount\": 2}]}")).contains("“amount”");
    assertThatCode(() -> check("{\"lines\": [{\"amount\": 1}, {\"amount\": 2}]}"))
        .doesNotThrowAnyException();
  }

  @Test
  void nulAndLoneSurrogates_areRefused_butPairedOnesPass() {
    assertThat(detail("{\"title\": \"a\\u0000b\"}")).contains("NUL");
    assertThat(detail("{\"title\": \"a\\ud800b\"}")).contains("lone surrogate");
    assertThat(detail("{\"title\": \"a\\udc00\"}")).contains("lone surrogate");
    assertThatCode(() -> check("{\"title\": \"\\ud83d\\ude42\"}")).doesNotThrowAnyException();
  }

  @Test
  void malformedUtf8_isRefused() {
    byte[] latin1 = "{\"title\": \"café\"}".getBytes(StandardCharsets.ISO_8859_1);
    StrictJson.Refused refused =
        catchThrowableOfType(StrictJson.Refused.class, () -> StrictJson.check(latin1, Input.class));
    assertThat(refused.error().detail().in(Locale.ENGLISH)).contains("UTF-8");
  }

  @Test
  void eachValueMustHaveItsFieldsJsonType_andEveryWrongOneIsNamed() {
    StrictJson.Refused refused =
        catchThrowableOfType(
            StrictJson.Refused.class,
            () ->
                check(
                    "{\"recipientId\": 1.5, \"count\": 2147483648, \"total\": \"1500.00\","
                        + " \"title\": 12, \"flag\": \"yes\", \"lines\": [{\"amount\": \"1\"}],"
                        + " \"byPeriod\": {\"first\": 1}, \"stauts\": \"x\"}"));
    assertThat(refused.error().status()).isEqualTo(400);
    assertThat(refused.error().errors())
        .extracting(ApiError.FieldError::name)
        .containsExactlyInAnyOrder(
            "recipientId",
            "count",
            "total",
            "title",
            "flag",
            "lines[0].amount",
            "byPeriod.first",
            "stauts");
    assertThat(
            refused.error().errors().stream()
                .filter(e -> e.name().equals("total"))
                .findFirst()
                .orElseThrow()
                .message()
                .in(Locale.CANADA_FRENCH))
        .contains("nombre JSON");
  }

  @Test
  void aWholeNumberBeyondItsType_isOutOfRange_andAHugeExponentIsNeverExpanded() {
    StrictJson.Refused refused =
        catchThrowableOfType(
            StrictJson.Refused.class,
            () ->
                check("{\"recipientId\": 123456789012345678901234567890, \"count\": 2147483648}"));
    assertThat(refused.error().errors())
        .extracting(e -> e.name() + ": " + e.message().in(Locale.ENGLISH))
        .containsExactlyInAnyOrder(
            "recipientId: this number is too large.", "count: this number is too large.");

    StrictJson.Refused exponent =
        catchThrowableOfType(
            StrictJson.Refused.class, () -> check("{\"recipientId\": 1e999999999}"));
    assertThat(exponent.error().errors())
        .extracting(ApiError.FieldError::name)
        .containsExactly("recipientId");
  }

  @Test
  void nullForAPrimitive_isRefused() {
    StrictJson.Refused refused =
        catchThrowableOfType(StrictJson.Refused.class, () -> check("{\"count\": null}"));
    assertThat(refused.error().errors())
        .extracting(ApiError.FieldError::name)
        .containsExactly("count");
  }

  @Test
  void anActionWithoutInput_takesExactlyAnEmptyObject() {
    assertThatCode(() -> StrictJson.check(" { } ".getBytes(StandardCharsets.UTF_8), NoInput.class))
        .doesNotThrowAnyException();
    StrictJson.Refused refused =
        catchThrowableOfType(
            StrictJson.Refused.class,
            () ->
                StrictJson.check(
                    "{\"status\": \"APPROVED\"}".getBytes(StandardCharsets.UTF_8), NoInput.class));
    assertThat(refused.error().detail().in(Locale.CANADA_FRENCH)).contains("objet JSON vide, {}");
    assertThat(
            catchThrowableOfType(
                StrictJson.Refused.class, () -> StrictJson.check(new byte[0], NoInput.class)))
        .as("an empty body is no JSON document")
        .isNotNull();
  }

  private static void check(String json) {
    StrictJson.check(json.getBytes(StandardCharsets.UTF_8), Input.class);
  }

  private static String detail(String json) {
    StrictJson.Refused refused = catchThrowableOfType(StrictJson.Refused.class, () -> check(json));
    assertThat(refused).as(json).isNotNull();
    return refused.error().detail().in(Locale.ENGLISH);
  }
}
