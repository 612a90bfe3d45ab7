package org.fundtrack.indicator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundtrack.indicator.control.CellSuppression.Contribution;
import org.fundtrack.indicator.control.CellSuppression.Shown;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

  private static Contribution other(String value) {
    return new Contribution(false, new BigDecimal(value));
  }

  private static Contribution own(String value) {
    return new Contribution(true, new BigDecimal(value));
  }

  @Test
  void aSmallCellIsHiddenOutsideItsOrganisation_shownToIt() {
    Map<String, List<Contribution>> cells = new LinkedHashMap<>();
    cells.put("women", List.of(other("3")));
    cells.put("men", List.of(other("12")));
    assertThat(CellSuppression.decide(cells, true, 5, false))
        .containsEntry("women", Shown.BELOW_THRESHOLD)
        .containsEntry("men", Shown.EXACT);

    Map<String, List<Contribution>> mine = new LinkedHashMap<>();
    mine.put("women", List.of(own("3")));
    assertThat(CellSuppression.decide(mine, true, 5, false)).containsEntry("women", Shown.EXACT);
  }

  @Test
  void aSumHidingAnotherOrganisationsSmallPart_isWithheld() {
    Map<String, List<Contribution>> cells = new LinkedHashMap<>();
    cells.put("Q1", List.of(other("2"), other("40")));
    assertThat(CellSuppression.decide(cells, true, 5, false)).containsEntry("Q1", Shown.WITHHELD);
  }

  @Test
  void inAGroupThatAddsUpToAKnownTotal_oneHiddenCellWithholdsTheGroup() {
    Map<String, List<Contribution>> cells = new LinkedHashMap<>();
    cells.put("women", List.of(other("3")));
    cells.put("men", List.of(other("12")));
    cells.put("other", List.of(other("20")));
    assertThat(CellSuppression.decide(cells, true, 5, true))
        .containsEntry("women", Shown.BELOW_THRESHOLD)
        .containsEntry("men", Shown.WITHHELD)
        .containsEntry("other", Shown.WITHHELD);
  }

  @Test
  void countsThatAreNotAboutPeople_areNeverSuppressed() {
    Map<String, List<Contribution>> cells = new LinkedHashMap<>();
    cells.put("tips", List.of(other("1")));
    assertThat(CellSuppression.decide(cells, false, 5, true)).containsEntry("tips", Shown.EXACT);
  }
}
