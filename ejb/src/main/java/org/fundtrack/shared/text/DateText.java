package org.fundtrack.shared.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as Canadian government writing gives them: "April 1, 2024" in English, "1er avril 2024" in
 * French (the first of the month is an ordinal in French).
 */
public final class DateText {

  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter FRENCH_MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

  private DateText() {}

  public static String format(LocalDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    if (locale != null && "fr".equals(locale.getLanguage())) {
      String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
      return day + " " + FRENCH_MONTH_YEAR.format(date);
    }
    return ENGLISH.format(date);
  }
}
