package org.fundtrack.grant.control;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fundtrack.grant.entity.ApprovalAuthority;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.security.entity.Role;

/**
 * Reads the delegated-authority table (role × instrument type × ceiling): who may approve how much.
 * An officer approves up to the officer ceiling (demo: $100,000.00, inclusive); above it only a
 * role with a higher ceiling, a director. A role with no row for the instrument type approves
 * nothing.
 */
public final class DelegatedAuthority {

  private final List<ApprovalAuthority> table;

  public DelegatedAuthority(List<ApprovalAuthority> table) {
    this.table = List.copyOf(table);
  }

  /** The row of {@code role} for {@code type}, if the role holds authority for it. */
  public Optional<ApprovalAuthority> of(Role role, InstrumentType type) {
    return table.stream()
        .filter(a -> a.getRole() == role && a.getInstrumentType() == type)
        .findFirst();
  }

  /** Whether {@code role} may approve a grant (or amended total) of {@code amount}. */
  public boolean permits(Role role, InstrumentType type, BigDecimal amount) {
    return of(role, type).map(a -> a.permits(amount)).orElse(false);
  }

  /**
   * The role with the lowest ceiling that still covers {@code amount}: where an approval is routed
   * (an officer's queue, or the director's). Empty when no role may approve it.
   */
  public Optional<Role> lowestApprover(InstrumentType type, BigDecimal amount) {
    return table.stream()
        .filter(a -> a.getInstrumentType() == type && a.permits(amount))
        .min(Comparator.comparing(ApprovalAuthority::getMaxAmount))
        .map(ApprovalAuthority::getRole);
  }
}
