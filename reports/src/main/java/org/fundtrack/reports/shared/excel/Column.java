package org.fundtrack.reports.shared.excel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported sheet: its header (a key of the reports bundle), how its cells are
 * written, its width in characters (set explicitly: SXSSF cannot size columns from rows it has
 * already flushed), and how a row gives its value.
 */
public record Column<T>(String headerKey, CellKind kind, int width, Function<? super T, ?> value) {

  public Column {
    Objects.requireNonNull(headerKey, "headerKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  public static <T> Column<T> text(String key, int width, Function<? super T, String> value) {
    return new Column<>(key, CellKind.TEXT, width, value);
  }

  public static <T> Column<T> label(String key, int width, Function<? super T, String> value) {
    return new Column<>(key, CellKind.LABEL, width, value);
  }

  public static <T> Column<T> money(String key, Function<? super T, BigDecimal> value) {
    return new Column<>(key, CellKind.MONEY, 16, value);
  }

  public static <T> Column<T> date(String key, Function<? super T, LocalDate> value) {
    return new Column<>(key, CellKind.DATE, 12, value);
  }

  public static <T> Column<T> dateTime(String key, Function<? super T, Instant> value) {
    return new Column<>(key, CellKind.DATE_TIME, 18, value);
  }

  public static <T> Column<T> integer(String key, int width, Function<? super T, Number> value) {
    return new Column<>(key, CellKind.INTEGER, width, value);
  }

  public static <T> Column<T> number(String key, int width, Function<? super T, BigDecimal> value) {
    return new Column<>(key, CellKind.NUMBER, width, value);
  }
}
