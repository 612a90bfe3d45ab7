package org.fundtrack.budget.control;

import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.budget.entity.BudgetLine;
import org.fundtrack.budget.entity.Reallocation;

/** What the audit trail records of budget lines (their three running totals) and reallocations. */
public final class BudgetAudit {

  private BudgetAudit() {}

  public static AuditedState of(BudgetLine line) {
    return AuditedState.of("BudgetLine", line.getId())
        .field("appropriation", line.getAppropriation())
        .field("committed_amount", line.getCommittedAmount())
        .field("paid_amount", line.getPaidAmount())
        .build();
  }

  public static AuditedState of(Reallocation r) {
    return AuditedState.of("Reallocation", r.getId())
        .field("from_budget_line_id", r.getFromBudgetLine().getId())
        .field("to_budget_line_id", r.getToBudgetLine().getId())
        .field("amount", r.getAmount())
        .field("reason", r.getReason())
        .field("made_by", r.getMadeBy().getUsername())
        .build();
  }
}
