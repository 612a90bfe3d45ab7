package org.fundtrack.budget.boundary;

import java.math.BigDecimal;
import java.util.Collection;

/** Sums of a set of budget lines; exact, never rounded. */
public record Totals(BigDecimal appropriation, BigDecimal committed, BigDecimal paid) {

  public static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public static Totals of(Collection<BudgetLineRow> rows) {
    return rows.stream()
        .map(r -> new Totals(r.appropriation(), r.committed(), r.paid()))
        .reduce(ZERO, Totals::plus);
  }

  public Totals plus(Totals other) {
    return new Totals(
        appropriation.add(other.appropriation),
        committed.add(other.committed),
        paid.add(other.paid));
  }

  public BigDecimal available() {
    return appropriation.subtract(committed);
  }
}
