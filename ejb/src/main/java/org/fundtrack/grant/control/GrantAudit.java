package org.fundtrack.grant.control;

import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.grant.entity.Amendment;
import org.fundtrack.grant.entity.GrantAgreement;
import org.fundtrack.grant.entity.GrantBudgetItem;
import org.fundtrack.grant.entity.GrantIndicator;
import org.fundtrack.grant.entity.GrantYearAllocation;
import org.fundtrack.grant.entity.IndicatorTarget;
import org.fundtrack.grant.entity.Payment;
import org.fundtrack.grant.entity.PaymentInstalment;
import org.fundtrack.grant.entity.ReportingPeriod;
import org.fundtrack.security.entity.AppUser;

/**
 * What the audit trail records of each grant record: its business columns by column name, users by
 * username. Bookkeeping columns (version, created_at, updated_at) are left out: they change with
 * every write and say nothing an auditor needs.
 */
public final class GrantAudit {

  private GrantAudit() {}

  public static AuditedState of(GrantAgreement g) {
    return AuditedState.of("GrantAgreement", g.getId())
        .field("reference_number", g.getReferenceNumber())
        .field("recipient_id", g.getRecipient().getId())
        .field("fund_id", g.getFund().getId())
        .field("instrument_type", g.getInstrumentType())
        .field("status", g.getStatus())
        .field("title_en", g.getText().getTitleEn())
        .field("title_fr", g.getText().getTitleFr())
        .field("description_en", g.getText().getDescriptionEn())
        .field("description_fr", g.getText().getDescriptionFr())
        .field("expected_results_en", g.getText().getExpectedResultsEn())
        .field("expected_results_fr", g.getText().getExpectedResultsFr())
        .field("total_amount", g.getTerms().getTotalAmount())
        .field("start_date", g.getTerms().getStartDate())
        .field("end_date", g.getTerms().getEndDate())
        .field("holdback_percent", g.getTerms().getHoldbackPercent())
        .field("reporting_frequency", g.getTerms().getReportingFrequency())
        .field("data_ownership", g.getTerms().getDataOwnership())
        .field("created_by", username(g.getCreatedBy()))
        .field("submitted_by", username(g.getSubmittedBy()))
        .field("submitted_at", g.getSubmittedAt())
        .field("approved_by", username(g.getApprovedBy()))
        .field("approved_at", g.getApprovedAt())
        .field("executed_at", g.getExecutedAt())
        .field("closed_at", g.getClosedAt())
        .field("amount_to_recover", g.getAmountToRecover())
        .build();
  }

  public static AuditedState of(GrantYearAllocation a) {
    return AuditedState.of("GrantYearAllocation", a.getId())
        .field("grant_id", a.getGrant().getId())
        .field("budget_line_id", a.getBudgetLine().getId())
        .field("amount", a.getAmount())
        .build();
  }

  public static AuditedState of(GrantBudgetItem b) {
    return AuditedState.of("GrantBudgetItem", b.getId())
        .field("grant_id", b.getGrant().getId())
        .field("expense_category", b.getExpenseCategory().getCode())
        .field("amount", b.getAmount())
        .build();
  }

  public static AuditedState of(PaymentInstalment i) {
    return AuditedState.of("PaymentInstalment", i.getId())
        .field("grant_id", i.getGrant().getId())
        .field("sequence_no", i.getSequenceNo())
        .field("budget_line_id", i.getBudgetLine().getId())
        .field("due_date", i.getDueDate())
        .field("amount", i.getAmount())
        .field("holdback", i.isHoldback())
        .field("status", i.getStatus())
        .field("released_by", username(i.getReleasedBy()))
        .field("released_at", i.getReleasedAt())
        .build();
  }

  public static AuditedState of(Payment p) {
    return AuditedState.of("Payment", p.getId())
        .field("grant_id", p.getGrant().getId())
        .field("instalment_id", p.getInstalment().getId())
        .field("amount", p.getAmount())
        .field("paid_on", p.getPaidOn())
        .field("payment_reference", p.getPaymentReference())
        .field("idempotency_key", p.getIdempotencyKey())
        .field("paid_by", username(p.getPaidBy()))
        .build();
  }

  public static AuditedState of(ReportingPeriod r) {
    return AuditedState.of("ReportingPeriod", r.getId())
        .field("grant_id", r.getGrant().getId())
        .field("sequence_no", r.getSequenceNo())
        .field("period_start", r.getPeriodStart())
        .field("period_end", r.getPeriodEnd())
        .field("due_date", r.getDueDate())
        .field("final_report", r.isFinalReport())
        .build();
  }

  public static AuditedState of(Amendment a) {
    return AuditedState.of("Amendment", a.getId())
        .field("grant_id", a.getGrant().getId())
        .field("amendment_no", a.getAmendmentNo())
        .field("amendment_type", a.getAmendmentType())
        .field("status", a.getStatus())
        .field("description", a.getDescription())
        .field("reason", a.getReason())
        .field("old_total_amount", a.getOldTotalAmount())
        .field("new_total_amount", a.getNewTotalAmount())
        .field("old_end_date", a.getOldEndDate())
        .field("new_end_date", a.getNewEndDate())
        .field("requested_by", username(a.getRequestedBy()))
        .field("decided_by", username(a.getDecidedBy()))
        .field("decided_at", a.getDecidedAt())
        .field("decision_comment", a.getDecisionComment())
        .build();
  }

  public static AuditedState of(GrantIndicator g) {
    return AuditedState.of("GrantIndicator", g.getId())
        .field("grant_id", g.getGrant().getId())
        .field("indicator", g.getIndicator().getCode())
        .build();
  }

  public static AuditedState of(IndicatorTarget t) {
    return AuditedState.of("IndicatorTarget", t.getId())
        .field("grant_indicator_id", t.getGrantIndicator().getId())
        .field(
            "reporting_period_id",
            t.getReportingPeriod() == null ? null : t.getReportingPeriod().getId())
        .field("fiscal_year", t.getFiscalYear() == null ? null : t.getFiscalYear().label())
        .field("target_value", t.getTargetValue())
        .build();
  }

  private static String username(AppUser user) {
    return user == null ? null : user.getUsername();
  }
}
