package org.fundtrack.shared.query;

import java.util.Locale;

/**
 * Turns what a person typed into a "contains" pattern for JPQL {@code LIKE … ESCAPE '!'}: the
 * wildcards {@code %} and {@code _} they type are matched literally, never as wildcards. The escape
 * character is {@code !} rather than a backslash, which MariaDB also treats as an escape inside
 * string literals.
 */
public final class LikePattern {

  /** The escape character to declare in the query: {@code LIKE :q ESCAPE '!'}. */
  public static final char ESCAPE = '!';

  private LikePattern() {}

  /** {@code "50%_off"} gives {@code "%50!%!_off%"}; surrounding blanks are dropped. */
  public static String contains(String text) {
    return "%" + startsWith(text);
  }

  /** {@code "AHT-2021"} gives {@code "aht-2021%"}: a prefix the column's index can serve. */
  public static String startsWith(String text) {
    StringBuilder pattern = new StringBuilder();
    for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  /** True when the text has something to search for. */
  public static boolean isUsable(String text) {
    return text != null && !text.isBlank();
  }
}
