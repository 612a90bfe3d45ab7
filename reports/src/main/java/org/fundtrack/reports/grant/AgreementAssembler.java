package org.fundtrack.reports.grant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fundtrack.grant.boundary.ExportQueries;
import org.fundtrack.grant.boundary.GrantDetail;
import org.fundtrack.grant.boundary.GrantHead;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.indicator.boundary.IndicatorWords;
import org.fundtrack.recipient.boundary.RecipientDetail;
import org.fundtrack.recipient.boundary.RecipientQueryService;
import org.fundtrack.reports.shared.ReportText;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * Assembles the grant agreement summary PDF from the grant's detail as its page shows it: parties
 * (with the recipient's address), terms, and each schedule the agreement binds the recipient and
 * the ministry to, every date and budget line in words.
 */
@Dependent
public class AgreementAssembler {

  @EJB private GrantQueryService grants;
  @EJB private ExportQueries queries;
  @EJB private RecipientQueryService recipients;
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
            .orElseThrow(() -> BusinessRuleViolation.notFound("grant.notFound", grantId));
    GrantHead head = detail.head();
    boolean french = text.french();
    List<String> ministry = queries.ministryOf(head.id());
    return new GrantAgreement(
        head.referenceNumber(),
        french ? head.titleFr() : head.titleEn(),
        french ? ministry.get(1) : ministry.get(0),
        head.recipientLegalName(),
        address(head.recipientId()),
        head.startDate(),
        head.endDate(),
        head.status().name(),
        head.totalAmount(),
        years(detail, text),
        budget(detail, text),
        instalments(detail, text),
        reports(detail, text),
        indicators(detail, text),
        amendments.rows(caller, head.id(), text));
  }

  /** "120 Elm Street, Sudbury ON P3C 1T3", as Canada Post writes it. */
  private String address(long recipientId) {
    return recipients.find(recipientId).map(AgreementAssembler::address).orElse("");
  }

  private static String address(RecipientDetail r) {
    String town = r.summary().city() + " " + r.summary().province();
    String postal = r.postalCode() == null ? town : town + "  " + r.postalCode();
    return Stream.of(r.street(), postal)
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(", "));
  }

  private static List<GrantAgreement.FiscalYearShare> years(GrantDetail detail, ReportText text) {
    GrantHead head = detail.head();
    String fund = text.french() ? head.fundNameFr() : head.fundNameEn();
    return detail.yearShares().stream()
        .map(
            y ->
                new GrantAgreement.FiscalYearShare(
                    text.fiscalYear(y.fiscalYear()),
                    text.budgetLine(fund, y.fiscalYear()),
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

  /** The indicators in words: unit, direction, baseline with year and source, a target a line. */
  private static List<GrantAgreement.IndicatorLine> indicators(
      GrantDetail detail, ReportText text) {
    IndicatorWords words = new IndicatorWords(text.context().locale());
    return detail.indicators().stream()
        .map(
            i ->
                new GrantAgreement.IndicatorLine(
                    words.name(i),
                    words.unit(i.unit()),
                    words.direction(i.direction()),
                    words.baseline(i.baseline()),
                    String.join("\n", words.targets(i))))
        .toList();
  }

  private static List<GrantAgreement.ReportDue> reports(GrantDetail detail, ReportText text) {
    return detail.reportingPeriods().stream()
        .map(
            p ->
                new GrantAgreement.ReportDue(
                    text.dateRange(p.periodStart(), p.periodEnd()),
                    text.get(
                        p.finalReport()
                            ? "agreement.reportKind.final"
                            : "agreement.reportKind.progress"),
                    p.dueDate()))
        .toList();
  }
}
