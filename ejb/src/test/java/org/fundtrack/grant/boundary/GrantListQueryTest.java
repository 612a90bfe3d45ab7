package org.fundtrack.grant.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.RecipientScope;
import org.fundtrack.security.entity.Role;
import org.junit.jupiter.api.Test;

class GrantListQueryTest {

  private static final RecipientScope STAFF =
      RecipientScope.of(new Caller(1, "officer", "O", Role.OFFICER, null));
  private static final RecipientScope RECIPIENT_7 =
      RecipientScope.of(new Caller(2, "recipient1", "R", Role.RECIPIENT, 7L));

  @Test
  void staffWithoutFilter_hasNoCondition() {
    GrantListQuery query = GrantListQuery.of(GrantFilter.none(), STAFF);

    assertThat(query.countJpql()).endsWith("WHERE 1 = 1");
    assertThat(query.parameters()).isEmpty();
  }

  @Test
  void recipient_isAlwaysScopedToItsOrganisation() {
    GrantListQuery query =
        GrantListQuery.of(new GrantFilter(null, null, Set.of(), 8L, null), RECIPIENT_7);

    assertThat(query.rowsJpql(GrantSort.DEFAULT)).contains("r.id = :scope", "r.id = :recipient");
    assertThat(query.countJpql()).contains("r.id = :scope");
    assertThat(query.parameters()).containsEntry("scope", 7L).containsEntry("recipient", 8L);
  }

  @Test
  void everyFilter_travelsAsAParameter() {
    GrantFilter filter =
        new GrantFilter("AHT-CSF", 2024, Set.of(GrantStatus.ACTIVE), 3L, "o'brien%");

    GrantListQuery query = GrantListQuery.of(filter, STAFF);

    assertThat(query.countJpql()).doesNotContain("AHT-CSF", "2024", "ACTIVE", "brien");
    assertThat(query.parameters())
        .containsEntry("fund", "AHT-CSF")
        .containsEntry("statuses", Set.of(GrantStatus.ACTIVE))
        .containsEntry("recipient", 3L)
        .containsEntry("q", "%o'brien!%%")
        .containsEntry("yearStart", LocalDate.of(2024, 4, 1))
        .containsEntry("yearEnd", LocalDate.of(2025, 3, 31));
  }

  @Test
  void blankText_isNoFilter() {
    GrantListQuery query = GrantListQuery.of(new GrantFilter(null, null, null, null, "   "), STAFF);

    assertThat(query.parameters()).doesNotContainKey("q");
  }

  @Test
  void rows_selectRecordsThroughAConstructorExpression() {
    String jpql = GrantListQuery.of(GrantFilter.none(), STAFF).rowsJpql(GrantSort.DEFAULT);

    assertThat(jpql)
        .startsWith("SELECT NEW org.fundtrack.grant.boundary.GrantSummary(")
        .endsWith(" ORDER BY g.terms.startDate DESC, g.referenceNumber ASC, g.id ASC");
  }

  @Test
  void text_matchesReferencePrefixesAndTitlesThroughTheFulltextIndex() {
    GrantListQuery query =
        GrantListQuery.of(new GrantFilter(null, null, null, null, "D'analyse"), STAFF);

    assertThat(query.countJpql()).contains("MATCH(?) AGAINST", "LIKE :prefix", "LIKE :q");
    assertThat(query.parameters())
        .containsEntry("prefix", "d'analyse%")
        .containsEntry("q", "%d'analyse%")
        .containsEntry("terms", "+analyse*");
  }

  @Test
  void textWithoutAnIndexedWord_scansTitlesWithLikeOnly() {
    GrantListQuery query = GrantListQuery.of(new GrantFilter(null, null, null, null, "%"), STAFF);

    assertThat(query.countJpql()).doesNotContain("MATCH").contains("LIKE :q");
    assertThat(query.parameters()).doesNotContainKey("terms").containsEntry("q", "%!%%");
  }
}
