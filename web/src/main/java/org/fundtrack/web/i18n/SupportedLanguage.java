package org.fundtrack.web.i18n;

import java.util.Locale;

/** The two official languages FundTrack serves, with the Canadian formats each uses. */
public enum SupportedLanguage {
  ENGLISH("en", Locale.forLanguageTag("en-CA"), "English"),
  FRENCH("fr", Locale.forLanguageTag("fr-CA"), "Français");

  private final String code;
  private final Locale locale;
  private final String nativeName;

  SupportedLanguage(String code, Locale locale, String nativeName) {
    this.code = code;
    this.locale = locale;
    this.nativeName = nativeName;
  }

  /** French for any French tag, English for everything else (including null). */
  public static SupportedLanguage of(String code) {
    return code != null && code.toLowerCase(Locale.ROOT).startsWith("fr") ? FRENCH : ENGLISH;
  }

  public SupportedLanguage other() {
    return this == ENGLISH ? FRENCH : ENGLISH;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** The language's name in itself, as a language switch shows it. */
  public String getNativeName() {
    return nativeName;
  }

  public String getCode() {
    return code;
  }
}
