package org.fundtrack.shared.entity;

/** Size limits of column types that have no declared length, for {@code @Size} checks. */
public final class ColumnLimits {

  /** A utf8mb4 {@code TEXT} holds 65,535 bytes: this many four-byte characters always fit. */
  public static final int TEXT = 16_383;

  private ColumnLimits() {}
}
