package org.fundtrack.reports.indicator;

import java.util.List;
import org.fundtrack.reports.shared.excel.Column;

/** The columns of the indicator results sheet; the actual stays text ("&lt;5" is not a number). */
public final class IndicatorResultSheet {

  public static final List<Column<IndicatorResultRow>> COLUMNS =
      List.of(
          Column.text("grant.reference", 16, IndicatorResultRow::grantReference),
          Column.text("grant.recipient", 36, IndicatorResultRow::recipient),
          Column.text("indicator.name", 40, IndicatorResultRow::indicator),
          Column.text("indicator.unit", 16, IndicatorResultRow::unit),
          Column.text("indicator.period", 44, IndicatorResultRow::period),
          Column.date("indicator.periodEnd", IndicatorResultRow::periodEnd),
          Column.number("indicator.target", 12, IndicatorResultRow::target),
          Column.text("indicator.actual", 12, IndicatorResultRow::actual),
          Column.label("indicator.status", 14, r -> "indicator.status." + r.status()),
          Column.label("indicator.reportStatus", 14, r -> "report.status." + r.reportStatus()),
          Column.text("indicator.comment", 50, IndicatorResultRow::comment));

  private IndicatorResultSheet() {}
}
