package org.fundtrack.reports.reporting;

import java.util.List;
import org.fundtrack.reports.shared.excel.Column;

/** The columns of an evidence pack's progress reports sheet. */
public final class ReportSubmissionSheet {

  public static final List<Column<ReportSubmissionRow>> COLUMNS =
      List.of(
          Column.text("report.period", 14, ReportSubmissionRow::period),
          Column.date("report.dueDate", ReportSubmissionRow::dueDate),
          Column.date("report.submittedOn", ReportSubmissionRow::submittedOn),
          Column.label("report.status", 12, r -> "report.status." + r.status()),
          Column.money("report.spent", ReportSubmissionRow::spent),
          Column.text("report.reviewedBy", 20, ReportSubmissionRow::reviewedBy),
          Column.text("report.comment", 40, ReportSubmissionRow::comment));

  private ReportSubmissionSheet() {}
}
