package org.fundtrack.web.api;

import java.util.Locale;

/** A text that is worded only once the client's language is known. */
@FunctionalInterface
public interface Localized {

  String in(Locale locale);

  /** The {@code ProblemMessages} entry {@code key} with its arguments. */
  static Localized message(String key, Object... args) {
    Object[] copy = args.clone();
    return locale -> ProblemMessages.format(locale, key, copy);
  }
}
