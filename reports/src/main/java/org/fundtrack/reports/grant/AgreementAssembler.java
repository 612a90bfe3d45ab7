package org.fundtrack.reports.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.GrantDetail;
import org.fundtrack.grant.boundary.GrantHead;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Assembles the grant agreement summary PDF from the grant's detail as its page shows it: parties,
 * terms, and each schedule the agreement binds the recipient and the ministry to.
 */
@Dependent
public class AgreementAssembler {

  @EJB private GrantQueryService grants;
  @EJB private ExportQueries queries;
  @Inject private AmendmentAssembler amendments;

  /**
   * The agreement of grant {@code grantId}, within the caller's scope.
   *
   * @throws BusinessRuleViolation {@code grant.notFound}
   */
  public GrantAgreement agreement(Caller caller, long grantId, ReportText text) {
    GrantDetail detail =
        grants
            .find(grantId)
            .orElseThrow(() -> new BusinessRuleViolation("grant.notFound", grantId));
    GrantHead head = detail.head();
    boolean french = text.french();
    List<String> ministry = queries.ministryOf(head.id());
    return new GrantAgreement(
        head.referenceNumber(),
        french ? head.titleFr() : head.titleEn(),
        french ? ministry.get(1) : ministry.get(0),
        head.recipientLegalName(),
        "",
        head.startDate(),
        head.endDate(),
        head.status().name(),
        head.totalAmount(),
        years(detail, text),
        budget(detail, text),
        instalments(detail, text),
        reports(detail, text),
        List.of(),
        amendments.rows(caller, head.id()));
  }

  private static List<GrantAgreement.FiscalYearShare> years(GrantDetail detail, ReportText text) {
    boolean french = text.french();
    return detail.yearShares().stream()
        .map(
            y ->
                new GrantAgreement.FiscalYearShare(
                    french ? y.labelFr() : y.labelEn(),
                    detail.head().fundCode() + " " + (french ? y.labelFr() : y.labelEn()),
                    y.amount()))
        .toList();
  }

  private static List<GrantAgreement.CategoryBudget> budget(GrantDetail detail, ReportText text) {
    return detail.budgetItems().stream()
        .map(
            b ->
                new GrantAgreement.CategoryBudget(
                    text.french() ? b.categoryNameFr() : b.categoryNameEn(), b.amount()))
        .toList();
  }

  private static List<GrantAgreement.Instalment> instalments(GrantDetail detail, ReportText text) {
    return detail.instalments().stream()
        .map(
            i ->
                new GrantAgreement.Instalment(
                    i.sequenceNo(),
                    i.dueDate(),
                    i.amount(),
                    i.holdback(),
                    text.get(
                        i.holdback()
                            ? "agreement.condition.holdback"
                            : "agreement.condition.reports")))
        .toList();
  }

  private static List<GrantAgreement.ReportDue> reports(GrantDetail detail, ReportText text) {
    return detail.reportingPeriods().stream()
        .map(
            p ->
                new GrantAgreement.ReportDue(
                    p.periodStart() + " – " + p.periodEnd(),
                    text.get(
                        p.finalReport()
                            ? "agreement.reportKind.final"
                            : "agreement.reportKind.progress"),
                    p.dueDate()))
        .toList();
  }
}
