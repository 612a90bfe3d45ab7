package org.fundtrack.web.api;

import java.util.List;
import java.util.Locale;
import org.fundtrack.web.i18n.SupportedLanguage;

/**
 * The language of an API answer, from the client's {@code Accept-Language}: the first language in
 * the client's order of preference that FundTrack speaks (English or French), English when it
 * speaks none of them or sends none.
 */
public final class ApiLanguage {

  private ApiLanguage() {}

  /** {@code acceptable} is in the client's order of preference, best first. */
  public static Locale choose(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      String language = locale.getLanguage();
      if ("fr".equals(language)) {
        return SupportedLanguage.FRENCH.locale();
      }
      if ("en".equals(language)) {
        return SupportedLanguage.ENGLISH.locale();
      }
    }
    return SupportedLanguage.ENGLISH.locale();
  }
}
