package org.fundtrack.grant.control;

import java.math.BigDecimal;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.money.Money;

/**
 * The arithmetic of closing a grant. What was committed but never paid ({@code committed − paid})
 * is unspent commitment, released back to the budget lines; what was paid beyond the eligible
 * spending the recipient accounted for ({@code paid − eligible}) is overpaid, the amount to
 * recover. All amounts are exact cents; nothing is rounded.
 *
 * @param committed what the grant holds on its budget lines (its total)
 * @param paid what was paid out
 * @param eligibleSpending what the recipient spent on eligible costs
 * @param unspentCommitment released to the budget lines at close-out
 * @param amountToRecover owed back by the recipient
 */
public record CloseOut(
    BigDecimal committed,
    BigDecimal paid,
    BigDecimal eligibleSpending,
    BigDecimal unspentCommitment,
    BigDecimal amountToRecover) {

  /**
   * @throws BusinessRuleViolation {@code money.amount.negative} for a negative input, {@code
   *     budget.line.paymentExceedsCommitment} if more was paid than committed
   */
  public static CloseOut of(BigDecimal committed, BigDecimal paid, BigDecimal eligibleSpending) {
    BigDecimal c = Money.requireNotNegative(committed);
    BigDecimal p = Money.requireNotNegative(paid);
    BigDecimal e = Money.requireNotNegative(eligibleSpending);
    if (p.compareTo(c) > 0) {
      throw BusinessRuleViolation.invalid("budget.line.paymentExceedsCommitment", p, c);
    }
    BigDecimal overpaid = p.subtract(e);
    return new CloseOut(c, p, e, c.subtract(p), overpaid.signum() > 0 ? overpaid : Money.ZERO);
  }

  /** Paid less than was spent: the recipient spent more than it received (nothing to recover). */
  public BigDecimal underpaid() {
    BigDecimal gap = eligibleSpending.subtract(paid);
    return gap.signum() > 0 ? gap : Money.ZERO;
  }
}
