package org.fundtrack.reports.grant;

import java.util.List;
import org.fundtrack.reports.shared.excel.Column;

/** The columns of the grant sheets: the register (also an evidence pack's terms) and amendments. */
public final class GrantSheets {

  public static final List<Column<GrantRegisterRow>> REGISTER =
      List.of(
          Column.text("grant.reference", 16, GrantRegisterRow::reference),
          Column.text("grant.title", 40, GrantRegisterRow::title),
          Column.text("grant.recipient", 36, GrantRegisterRow::recipient),
          Column.text("budget.programArea", 30, GrantRegisterRow::programArea),
          Column.text("budget.fund", 36, GrantRegisterRow::fund),
          Column.text("budget.fiscalYears", 16, GrantRegisterRow::fiscalYears),
          Column.label("grant.status", 14, r -> "status." + r.status()),
          Column.date("grant.startDate", GrantRegisterRow::startDate),
          Column.date("grant.endDate", GrantRegisterRow::endDate),
          Column.money("grant.totalAmount", GrantRegisterRow::totalAmount),
          Column.money("grant.paidAmount", GrantRegisterRow::paidAmount),
          Column.text("grant.officer", 30, GrantRegisterRow::officer));

  public static final List<Column<AmendmentRow>> AMENDMENTS =
      List.of(
          Column.integer("amendment.number", 8, AmendmentRow::number),
          Column.label("amendment.kind", 14, r -> "amendment.kind." + r.kind()),
          Column.label("amendment.status", 12, r -> "amendment.status." + r.status()),
          Column.text("amendment.description", 50, AmendmentRow::description),
          Column.text("amendment.reason", 40, AmendmentRow::reason),
          Column.money("amendment.amountChange", AmendmentRow::amountChange),
          Column.money("amendment.newTotal", AmendmentRow::newTotal),
          Column.date("amendment.newEndDate", AmendmentRow::newEndDate),
          Column.text("amendment.requestedBy", 30, AmendmentRow::requestedBy),
          Column.date("amendment.requestedOn", AmendmentRow::requestedOn),
          Column.date("amendment.decidedOn", AmendmentRow::decidedOn),
          Column.text("amendment.decidedBy", 30, AmendmentRow::decidedBy),
          Column.text("amendment.decisionComment", 40, AmendmentRow::decisionComment));

  private GrantSheets() {}
}
