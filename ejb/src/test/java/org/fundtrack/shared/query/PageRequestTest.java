package org.fundtrack.shared.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void offset_isPageTimesSize() {
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    assertThat(PageRequest.first().offset()).isZero();
  }

  @Test
  void offset_ofTheLastAllowedPageFitsAnInt() {
    PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);

    assertThat(last.offset()).isEqualTo(10_000_000);
  }

  @Test
  void constructor_refusesANegativePage() {
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 20));
  }

  @Test
  void constructor_refusesSizesOutsideOneToTheMaximum() {
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
  }

  @Test
  void totalPages_roundsUp() {
    assertThat(Page.of(List.of(), new PageRequest(0, 20), 41).totalPages()).isEqualTo(3);
    assertThat(Page.of(List.of(), new PageRequest(0, 20), 40).totalPages()).isEqualTo(2);
    assertThat(Page.empty(new PageRequest(0, 20)).totalPages()).isZero();
  }
}
