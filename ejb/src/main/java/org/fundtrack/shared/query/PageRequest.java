package org.fundtrack.shared.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list to read: {@code page} counts from 0, {@code size} rows per page. Both are
 * bounded so that one request can neither load a whole table ({@link #MAX_SIZE}) nor ask the
 * database to skip an absurd number of rows ({@link #MAX_PAGE}); a request outside the bounds
 * cannot be built.
 */
public record PageRequest(
    @Min(value = 0, message = "{query.page.range}")
        @Max(value = PageRequest.MAX_PAGE, message = "{query.page.range}")
        int page,
    @Min(value = 1, message = "{query.size.range}")
        @Max(value = PageRequest.MAX_SIZE, message = "{query.size.range}")
        int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 100_000;

  /**
   * @throws IllegalArgumentException for a page outside 0–{@value #MAX_PAGE} or a size outside
   *     1–{@value #MAX_SIZE}
   */
  public PageRequest {
    if (page < 0 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be 0 to " + MAX_PAGE + ": " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
    }
  }

  /** The first page with the default size. */
  public static PageRequest first() {
    return new PageRequest(0, DEFAULT_SIZE);
  }

  /** The index of the first row of this page, for {@code setFirstResult}. */
  public int offset() {
    return page * size;
  }
}
