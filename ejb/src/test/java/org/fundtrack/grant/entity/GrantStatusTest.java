package org.fundtrack.grant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundtrack.grant.entity.GrantStatus.ACTIVE;
import static org.fundtrack.grant.entity.GrantStatus.APPROVED;
import static org.fundtrack.grant.entity.GrantStatus.CLOSED;
import static org.fundtrack.grant.entity.GrantStatus.DECLINED;
import static org.fundtrack.grant.entity.GrantStatus.DRAFT;
import static org.fundtrack.grant.entity.GrantStatus.SUBMITTED;
import static org.fundtrack.grant.entity.GrantStatus.TERMINATED;
import static org.fundtrack.grant.entity.GrantStatus.UNDER_REVIEW;
import static org.fundtrack.grant.entity.GrantStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class GrantStatusTest {

  /** The state machine of the domain brief, written out pair by pair. */
  private static final Set<String> ALLOWED =
      Set.of(
          "DRAFT>SUBMITTED",
          "DRAFT>WITHDRAWN",
          "SUBMITTED>UNDER_REVIEW",
          "SUBMITTED>DECLINED",
          "SUBMITTED>WITHDRAWN",
          "UNDER_REVIEW>APPROVED",
          "UNDER_REVIEW>DECLINED",
          "UNDER_REVIEW>WITHDRAWN",
          "APPROVED>ACTIVE",
          "APPROVED>TERMINATED",
          "ACTIVE>CLOSED",
          "ACTIVE>TERMINATED");

  static Stream<Arguments> everyPair() {
    return Arrays.stream(GrantStatus.values())
        .flatMap(from -> Arrays.stream(GrantStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void canTransitionTo_allowsExactlyTheDocumentedMoves(GrantStatus from, GrantStatus to) {
    boolean expected = ALLOWED.contains(from + ">" + to);

    assertThat(from.canTransitionTo(to)).isEqualTo(expected);
  }

  @Test
  void matrix_coversTwelveMovesOutOfEightyOne() {
    long allowed =
        everyPair()
            .filter(p -> ((GrantStatus) p.get()[0]).canTransitionTo((GrantStatus) p.get()[1]))
            .count();

    assertThat(allowed).isEqualTo(12);
  }

  @ParameterizedTest
  @EnumSource(GrantStatus.class)
  void canTransitionTo_refusesNull(GrantStatus from) {
    assertThat(from.canTransitionTo(null)).isFalse();
  }

  @Test
  void isFinal_onlyForClosedDeclinedWithdrawnTerminated() {
    assertThat(Arrays.stream(GrantStatus.values()).filter(GrantStatus::isFinal))
        .containsExactlyInAnyOrder(CLOSED, DECLINED, WITHDRAWN, TERMINATED);
  }

  @Test
  void isEditable_onlyBeforeApproval() {
    assertThat(Arrays.stream(GrantStatus.values()).filter(GrantStatus::isEditable))
        .containsExactlyInAnyOrder(DRAFT, SUBMITTED, UNDER_REVIEW);
  }

  @Test
  void holdsCommitment_fromApprovalOn() {
    assertThat(Arrays.stream(GrantStatus.values()).filter(GrantStatus::holdsCommitment))
        .containsExactlyInAnyOrder(APPROVED, ACTIVE, CLOSED, TERMINATED);
  }
}
