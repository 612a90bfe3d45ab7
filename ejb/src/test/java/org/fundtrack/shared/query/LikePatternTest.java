package org.fundtrack.shared.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

  @Test
  void contains_wrapsTheTextInWildcards() {
    assertThat(LikePattern.contains("  AHT-2024 ")).isEqualTo("%aht-2024%");
  }

  @Test
  void contains_escapesWildcardsAndTheEscapeCharacter() {
    assertThat(LikePattern.contains("50%_off!")).isEqualTo("%50!%!_off!!%");
  }

  @Test
  void isUsable_refusesNullAndBlank() {
    assertThat(LikePattern.isUsable(null)).isFalse();
    assertThat(LikePattern.isUsable(" \t")).isFalse();
    assertThat(LikePattern.isUsable("x")).isTrue();
  }
}
