package org.fundtrack.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.Locale;
import org.fundtrack.grant.entity.GrantStatus;
import org.junit.jupiter.api.Test;

class ApiParamConvertersTest {

  private final ApiParamConverters converters = new ApiParamConverters();

  @SuppressWarnings("unused")
  private static void sample(
      @QueryParam("page") int page,
      @PathParam("id") Long id,
      @QueryParam("status") GrantStatus status,
      @HeaderParam("X-Other") int other,
      @QueryParam("q") String q) {}

  @Test
  void wholeNumbers_areParsedStrictly() {
    ParamConverter<Integer> page = converter(int.class, 0);

    assertThat(page.fromString("12")).isEqualTo(12);
    assertThat(page.fromString("-1")).isEqualTo(-1);
    assertThat(page.fromString(null)).isNull();
    for (String bad : new String[] {"two", "1.5", "", " 1", "+1", "99999999999", "0x10"}) {
      InvalidParameterException refused =
          assertThrows(InvalidParameterException.class, () -> page.fromString(bad), bad);
      assertThat(refused.parameter()).isEqualTo("page");
    }
  }

  @Test
  void longIds_refuseValuesBeyondALong() {
    ParamConverter<Long> id = converter(Long.class, 1);

    assertThat(id.fromString("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    InvalidParameterException refused =
        assertThrows(InvalidParameterException.class, () -> id.fromString("99999999999999999999"));
    assertThat(refused.parameter()).isEqualTo("id");
  }

  @Test
  void enums_acceptExactNamesAndListTheAllowedOnes() {
    ParamConverter<GrantStatus> status = converter(GrantStatus.class, 2);

    assertThat(status.fromString("UNDER_REVIEW")).isEqualTo(GrantStatus.UNDER_REVIEW);
    InvalidParameterException refused =
        assertThrows(InvalidParameterException.class, () -> status.fromString("active"));
    assertThat(refused.error().detail().in(Locale.ENGLISH))
        .contains("status")
        .contains("DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, ACTIVE");
  }

  @Test
  void otherParameters_areLeftToTheRuntime() {
    assertThat(converters.getConverter(int.class, int.class, annotations(3))).isNull();
    assertThat(converters.getConverter(String.class, String.class, annotations(4))).isNull();
  }

  @SuppressWarnings("unchecked")
  private <T> ParamConverter<T> converter(Class<?> type, int parameter) {
    return (ParamConverter<T>) converters.getConverter(type, type, annotations(parameter));
  }

  private static Annotation[] annotations(int parameter) {
    try {
      return ApiParamConvertersTest.class.getDeclaredMethod(
              "sample", int.class, Long.class, GrantStatus.class, int.class, String.class)
          .getParameterAnnotations()[parameter];
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
