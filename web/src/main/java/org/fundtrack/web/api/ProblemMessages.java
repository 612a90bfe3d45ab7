package org.fundtrack.web.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of problems, from {@code org/fundtrack/web/api/ProblemMessages{,_fr}.properties}.
 * English is the base bundle and the server's own default locale is never consulted, so an English
 * client gets English on a French-speaking server.
 */
public final class ProblemMessages {

  static final String BUNDLE = "org.fundtrack.web.api.ProblemMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ProblemMessages() {}

  /** The message for {@code key}, its {@link MessageFormat} arguments filled in. */
  public static String format(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }

  public static String title(ProblemType type, Locale locale) {
    return format(locale, type.titleKey());
  }
}
