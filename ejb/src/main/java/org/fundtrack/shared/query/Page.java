package org.fundtrack.shared.query;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list with the number of rows in the whole list, so a client can show "21–40 of 57"
 * and know how many pages there are.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }

  public static <T> Page<T> empty(PageRequest request) {
    return of(List.of(), request, 0);
  }

  /** Pages in the whole list: 0 for an empty list. */
  public long totalPages() {
    return (total + size - 1) / size;
  }
}
