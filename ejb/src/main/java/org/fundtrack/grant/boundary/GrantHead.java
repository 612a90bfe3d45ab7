package org.fundtrack.grant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.fundtrack.grant.entity.DataOwnership;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.shared.money.Money;

/**
 * A grant's own columns with its recipient's and fund's names, read by one JPQL constructor
 * expression so that a grant's detail never loads the entity and its lazy associations.
 */
public record GrantHead(
    long id,
    String referenceNumber,
    String titleEn,
    String titleFr,
    String descriptionEn,
    String descriptionFr,
    String expectedResultsEn,
    String expectedResultsFr,
    GrantStatus status,
    InstrumentType instrumentType,
    BigDecimal totalAmount,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal holdbackPercent,
    ReportingFrequency reportingFrequency,
    DataOwnership dataOwnership,
    Instant submittedAt,
    Instant approvedAt,
    Instant executedAt,
    Instant closedAt,
    BigDecimal amountToRecover,
    long recipientId,
    String recipientLegalName,
    String recipientOperatingName,
    long fundId,
    String fundCode,
    String fundNameEn,
    String fundNameFr) {

  /** The JPQL select list matching the constructor; aliases g, r and f. */
  static final String SELECT =
      "SELECT NEW org.fundtrack.grant.boundary.GrantHead(g.id, g.referenceNumber,"
          + " g.text.titleEn, g.text.titleFr, g.text.descriptionEn, g.text.descriptionFr,"
          + " g.text.expectedResultsEn, g.text.expectedResultsFr, g.status, g.instrumentType,"
          + " g.terms.totalAmount, g.terms.startDate, g.terms.endDate, g.terms.holdbackPercent,"
          + " g.terms.reportingFrequency, g.terms.dataOwnership, g.submittedAt, g.approvedAt,"
          + " g.executedAt, g.closedAt, g.amountToRecover, r.id, r.legalName, r.operatingName,"
          + " f.id, f.code, f.name.en, f.name.fr)";

  /** What a list shows of this grant. */
  public GrantSummary summary() {
    return new GrantSummary(
        id,
        referenceNumber,
        titleEn,
        titleFr,
        status,
        instrumentType,
        totalAmount,
        startDate,
        endDate,
        recipientId,
        recipientLegalName,
        recipientOperatingName,
        fundId,
        fundCode,
        fundNameEn,
        fundNameFr);
  }

  /** The part of the total held back until the final report, HALF_EVEN to cents. */
  public BigDecimal holdbackAmount() {
    return Money.percentOf(totalAmount, holdbackPercent);
  }
}
