package org.fundtrack.shared.entity;

import java.util.Locale;

/**
 * Chooses between the English and French text of a bilingual record, so every entity with {@code
 * *_en}/{@code *_fr} columns answers the same way: French for any French locale ({@code fr}, {@code
 * fr-CA}), English otherwise.
 */
public final class Bilingual {

  private Bilingual() {}

  public static boolean isFrench(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage());
  }

  /**
   * The text for the locale; where an optional French text is missing the English one is shown
   * rather than nothing.
   */
  public static String pick(Locale locale, String english, String french) {
    return isFrench(locale) && french != null ? french : english;
  }
}
