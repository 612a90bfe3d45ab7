package org.fundtrack.web.it;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;

/** Plain copies of database rows for assertions, read in their own transactions by fixtures. */
public final class Snapshots {

  private Snapshots() {}

  public record Line(BigDecimal appropriation, BigDecimal committed, BigDecimal paid) {}

  public record Instalment(
      long id,
      int sequenceNo,
      BigDecimal amount,
      boolean holdback,
      InstalmentStatus status,
      LocalDate dueDate) {}

  public record Grant(
      long id,
      String referenceNumber,
      GrantStatus status,
      long version,
      String titleEn,
      BigDecimal total,
      LocalDate endDate,
      BigDecimal amountToRecover,
      List<BigDecimal> allocations,
      List<Instalment> instalments,
      int periods,
      long payments,
      long statusChanges) {

    public Instalment instalment(int sequenceNo) {
      return instalments.stream()
          .filter(i -> i.sequenceNo() == sequenceNo)
          .findFirst()
          .orElseThrow();
    }
  }

  public record Audit(
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      Long entityId,
      String field,
      String oldValue,
      String newValue,
      String reason) {}
}
