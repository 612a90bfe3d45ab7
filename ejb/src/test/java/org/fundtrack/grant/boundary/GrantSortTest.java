package org.fundtrack.grant.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fundtrack.grant.boundary.GrantSort.Order;
import org.junit.jupiter.api.Test;

class GrantSortTest {

  @Test
  void parse_readsFieldsAndDirections() {
    GrantSort sort = GrantSort.parse("fund, -totalAmount");

    assertThat(sort.orders())
        .containsExactly(
            new Order(GrantSortField.FUND, false), new Order(GrantSortField.TOTAL_AMOUNT, true));
  }

  @Test
  void parse_ofNothingIsTheDefault() {
    assertThat(GrantSort.parse(null)).isEqualTo(GrantSort.DEFAULT);
    assertThat(GrantSort.parse("  ")).isEqualTo(GrantSort.DEFAULT);
  }

  @Test
  void parse_refusesFieldsOutsideTheWhitelist() {
    assertThrows(IllegalArgumentException.class, () -> GrantSort.parse("g.id; DROP TABLE x"));
    assertThrows(IllegalArgumentException.class, () -> GrantSort.parse("createdBy"));
    assertThrows(IllegalArgumentException.class, () -> GrantSort.parse("TOTALAMOUNT"));
  }

  @Test
  void parse_refusesEmptyRepeatedAndTooManyKeys() {
    assertThrows(IllegalArgumentException.class, () -> GrantSort.parse("status,"));
    assertThrows(IllegalArgumentException.class, () -> GrantSort.parse("-"));
    assertThrows(IllegalArgumentException.class, () -> GrantSort.parse("status,-status"));
    assertThrows(
        IllegalArgumentException.class, () -> GrantSort.parse("status,fund,recipient,startDate"));
  }

  @Test
  void orderByClause_usesWhitelistedPathsAndEndsWithTheId() {
    assertThat(GrantSort.parse("-totalAmount,recipient").orderByClause())
        .isEqualTo(" ORDER BY g.terms.totalAmount DESC, r.legalName ASC, g.id ASC");
  }

  @Test
  void allowedKeys_namesEveryField() {
    assertThat(GrantSort.allowedKeys().split(", ")).hasSize(GrantSortField.values().length);
  }

  @Test
  void orderByClause_breaksTiesByIdInTheLastKeysDirection() {
    assertThat(GrantSort.parse("recipient,-totalAmount").orderByClause())
        .isEqualTo(" ORDER BY r.legalName ASC, g.terms.totalAmount DESC, g.id DESC");
    assertThat(GrantSort.parse("endDate").orderByClause())
        .isEqualTo(" ORDER BY g.terms.endDate ASC, g.id ASC");
  }
}
