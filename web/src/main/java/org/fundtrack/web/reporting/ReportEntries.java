package org.fundtrack.web.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.reporting.boundary.ActualInput;
import org.fundtrack.reporting.boundary.ReportDraft;
import org.fundtrack.reporting.boundary.ReportingQueries;
import org.fundtrack.reporting.boundary.ReportingQueries.ReportForm;
import org.fundtrack.reporting.boundary.SpendingInput;
import org.fundtrack.reporting.boundary.SubmittedReport;

/**
 * What the recipient has entered on the report form, keyed as the page keys it (a budget category's
 * code, an indicator's code, "INDICATOR|DIMENSION:VALUE" for a breakdown), and the two ways it
 * crosses to the service: as the {@link ReportDraft} to save, with only what was given, and back
 * from that draft's paths ({@code spending[0].amount}) to the field each came from, so a refusal
 * lands on the input that caused it. Kept apart from {@link ReportFormView} so the view holds the
 * page's flow and this holds the page's data; both stay in the view's state.
 */
final class ReportEntries implements Serializable {

  private static final long serialVersionUID = 1L;

  private String narrative;
  private String language;
  private final Map<String, BigDecimal> spent = new LinkedHashMap<>();
  private final Map<String, String> explanations = new LinkedHashMap<>();
  private final Map<String, BigDecimal> values = new LinkedHashMap<>();
  private final Map<String, String> texts = new LinkedHashMap<>();

  /** Breakdown inputs by "INDICATOR|DIMENSION:VALUE". */
  private final Map<String, BigDecimal> breakdown = new LinkedHashMap<>();

  /** Fills the form from the report saved so far. */
  void fill(SubmittedReport report) {
    narrative = report.narrative();
    report
        .spending()
        .forEach(
            s -> {
              spent.put(s.categoryCode(), s.spent());
              explanations.put(s.categoryCode(), s.explanation());
            });
    report
        .actuals()
        .forEach(
            a -> {
              values.put(a.indicatorCode(), a.figure().value());
              texts.put(a.indicatorCode(), a.figure().text());
              a.breakdown().forEach((key, v) -> breakdown.put(a.indicatorCode() + "|" + key, v));
            });
  }

  /** The draft to save: the lines of {@code form} something was entered for, blanks as none. */
  ReportDraft draft(ReportForm form) {
    List<SpendingInput> spending = new ArrayList<>();
    for (ReportingQueries.BudgetLine line : form.budget()) {
      BigDecimal amount = spent.get(line.code());
      if (amount != null) {
        spending.add(
            new SpendingInput(line.code(), amount, blankToNull(explanations.get(line.code()))));
      }
    }
    List<ActualInput> actuals = new ArrayList<>();
    for (ReportingQueries.IndicatorLine line : form.indicators()) {
      BigDecimal value = line.numeric() ? values.get(line.code()) : null;
      String text = line.numeric() ? null : blankToNull(texts.get(line.code()));
      Map<String, BigDecimal> parts = new LinkedHashMap<>();
      for (ReportingQueries.DimensionOption option : line.dimensions()) {
        BigDecimal part = breakdown.get(line.code() + "|" + option.key());
        if (part != null) {
          parts.put(option.key(), part);
        }
      }
      if (value != null || text != null || !parts.isEmpty()) {
        actuals.add(new ActualInput(line.code(), value, text, parts));
      }
    }
    return new ReportDraft(blankToNull(narrative), language, spending, actuals);
  }

  /** The page's client id of each path of {@link #draft}, as the draft numbers its lines. */
  Map<String, String> fieldIds(ReportForm form) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("narrative", "report:narrative");
    ids.put("language", "report:language");
    List<ReportingQueries.BudgetLine> budget = form.budget();
    int s = 0;
    for (ReportingQueries.BudgetLine line : budget) {
      if (spent.get(line.code()) != null) {
        int row = budget.indexOf(line);
        ids.put("spending[" + s + "].amount", "report:spending:" + row + ":spent");
        ids.put(
            "spending[" + s + "].varianceExplanation", "report:spending:" + row + ":explanation");
        s++;
      }
    }
    List<ReportingQueries.IndicatorLine> indicators = form.indicators();
    int a = 0;
    for (ReportingQueries.IndicatorLine line : indicators) {
      boolean given =
          line.numeric()
              ? values.get(line.code()) != null
              : blankToNull(texts.get(line.code())) != null;
      if (given) {
        int row = indicators.indexOf(line);
        ids.put("actuals[" + a + "].value", "report:actuals:" + row + ":value");
        ids.put("actuals[" + a + "].text", "report:actuals:" + row + ":text");
        a++;
      }
    }
    return ids;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  String getNarrative() {
    return narrative;
  }

  void setNarrative(String narrative) {
    this.narrative = narrative;
  }

  String getLanguage() {
    return language;
  }

  void setLanguage(String language) {
    this.language = language;
  }

  Map<String, BigDecimal> getSpent() {
    return spent;
  }

  Map<String, String> getExplanations() {
    return explanations;
  }

  Map<String, BigDecimal> getValues() {
    return values;
  }

  Map<String, String> getTexts() {
    return texts;
  }

  Map<String, BigDecimal> getBreakdown() {
    return breakdown;
  }
}
