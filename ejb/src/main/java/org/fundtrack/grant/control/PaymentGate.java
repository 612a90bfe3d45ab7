package org.fundtrack.grant.control;

import java.time.LocalDate;
import java.util.List;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * When an instalment may be paid, from the grant's reports: every report due on or before the
 * instalment's due date must have been accepted (so instalment k waits for the report before it),
 * and the holdback waits for the final report whatever its date.
 */
public final class PaymentGate {

  private PaymentGate() {}

  /**
   * @throws BusinessRuleViolation {@code grant.payment.finalReportOutstanding} for a holdback
   *     before the final report is accepted, {@code grant.payment.reportOutstanding} (instalment,
   *     period, due date) naming the first report still missing
   */
  public static void requirePayable(
      int instalmentNo, LocalDate dueDate, boolean holdback, List<ReportState> reports) {
    if (holdback && reports.stream().noneMatch(r -> r.finalReport() && r.accepted())) {
      throw BusinessRuleViolation.invalid("grant.payment.finalReportOutstanding", instalmentNo);
    }
    reports.stream()
        .filter(r -> !r.dueDate().isAfter(dueDate) && !r.accepted())
        .min((a, b) -> Integer.compare(a.sequenceNo(), b.sequenceNo()))
        .ifPresent(
            missing -> {
              throw BusinessRuleViolation.invalid(
                  "grant.payment.reportOutstanding",
                  instalmentNo,
                  missing.sequenceNo(),
                  missing.dueDate());
            });
  }
}
