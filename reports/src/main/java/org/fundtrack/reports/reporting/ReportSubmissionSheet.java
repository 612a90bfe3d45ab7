package org.fundtrack.reports.reporting;

import java.util.List;
import org.fundtrack.reports.shared.excel.Column;

/** The columns of an evidence pack's progress reports sheet. */
public final class ReportSubmissionSheet {

  public static final List<Column<ReportSubmissionRow>> COLUMNS =
      List.of(
          Column.text("report.period", 44, ReportSubmissionRow::period),
          Column.date("report.dueDate", ReportSubmissionRow::dueDate),
          Column.integer("report.revision", 8, ReportSubmissionRow::revision),
          Column.label("report.status", 14, r -> "report.status." + r.status()),
          Column.date("report.submittedOn", ReportSubmissionRow::submittedOn),
          Column.text("report.submittedBy", 30, ReportSubmissionRow::submittedBy),
          Column.money("report.spent", ReportSubmissionRow::spent),
          Column.date("report.reviewedOn", ReportSubmissionRow::reviewedOn),
          Column.text("report.reviewedBy", 30, ReportSubmissionRow::reviewedBy),
          Column.text("report.comment", 50, ReportSubmissionRow::comment));

  private ReportSubmissionSheet() {}
}
