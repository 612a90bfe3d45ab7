package org.fundtrack.web.it.browser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.fundtrack.web.it.DemoRows;
import org.fundtrack.web.it.browser.FrenchFigures.Figure;

/**
 * What the four jobs' users type, in French (issue #10): the officer's application (a no-break
 * space in some fields, a plain space in others, a per-cent sign), the recipient's spending and
 * actuals. The expected figures come from these (or their sums) and from the database.
 */
final class FourJobsTyped {

  /** The fiscal year (start year) the grant's term fills, and its French label. */
  static final int YEAR = 2026;

  static final String YEAR_LABEL = "2026-2027";

  static final Figure TOTAL = Figure.of("150\u00a0000,00", "150000.00");
  static final Figure YEAR_SHARE = Figure.of("150 000,00", "150000.00");
  static final Figure HOLDBACK = Figure.of("12,5 %", "12.50");
  static final List<String> CATEGORIES = List.of("SALARIES_BENEFITS", "COUNSELLING");
  static final List<Figure> BUDGET =
      List.of(Figure.of("100 000,00", "100000.00"), Figure.of("50\u00a0000,00", "50000.00"));
  static final List<String> INDICATORS = List.of("PEOPLE_SERVED", "REFERRALS");
  static final Figure BASELINE = Figure.of("1 050", "1050");
  static final List<List<Figure>> TARGETS =
      List.of(
          List.of(
              Figure.of("1\u00a0200", "1200"),
              Figure.of("300", "300"),
              Figure.of("1 350", "1350"),
              Figure.of("400", "400")),
          List.of(
              Figure.of("25", "25"),
              Figure.of("30", "30"),
              Figure.of("35", "35"),
              Figure.of("40", "40")));
  static final List<Figure> SPENT =
      List.of(Figure.of("20 000,00", "20000.00"), Figure.of("4\u00a0321,09", "4321.09"));
  static final List<Figure> ACTUALS = List.of(Figure.of("1 234", "1234"), Figure.of("27", "27"));

  private FourJobsTyped() {}

  /** The targets typed for indicator {@code i}, one per reporting period the form offered. */
  static List<Figure> targets(int i, int periods) {
    return TARGETS.get(i).subList(0, periods);
  }

  /** The holdback the typed percentage takes from the typed total, to the cent. */
  static BigDecimal holdbackAmount() {
    return TOTAL
        .value()
        .multiply(HOLDBACK.value())
        .divide(new BigDecimal(100), 2, RoundingMode.HALF_EVEN);
  }

  static String categoryName(int i) throws Exception {
    return DemoRows.texts("SELECT name_fr FROM expense_category WHERE code = ?", CATEGORIES.get(i))
        .get(0);
  }

  static String indicatorName(int i) throws Exception {
    return DemoRows.texts("SELECT name_fr FROM indicator WHERE code = ?", INDICATORS.get(i)).get(0);
  }
}
