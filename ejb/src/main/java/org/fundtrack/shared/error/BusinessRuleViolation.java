package org.fundtrack.shared.error;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Thrown when an action would break a business rule (over-committing a budget line, an illegal
 * grant status change, approving one's own grant). It rolls the transaction back and carries a
 * message key from {@code BusinessRuleMessages} plus {@link java.text.MessageFormat} arguments, so
 * the web layer and the API can word it in the user's language.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

  /** The bundle holding every message key, in English and French. */
  public static final String BUNDLE = "org.fundtrack.shared.error.BusinessRuleMessages";

  private static final long serialVersionUID = 1L;

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String messageKey;
  private final Object[] args;

  public BusinessRuleViolation(String messageKey, Object... args) {
    super(Objects.requireNonNull(messageKey, "messageKey") + " " + Arrays.toString(args));
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String getMessageKey() {
    return messageKey;
  }

  /** The caller's role may not do this at all (key {@code security.notAllowed}): a 403. */
  public boolean refusesRole() {
    return "security.notAllowed".equals(messageKey);
  }

  /**
   * The record the request names does not exist, or lies outside the caller's scope (a {@code
   * *.notFound} key): a 404, the same for both.
   */
  public boolean namesMissingRecord() {
    return messageKey.endsWith(".notFound");
  }

  public Object[] getArgs() {
    return args.clone();
  }

  /**
   * The message in the user's language, with its arguments formatted for that locale. English is
   * the base bundle, so a locale without its own bundle gets English, never the server's default
   * locale.
   */
  public String message(Locale locale) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(messageKey);
    return new MessageFormat(pattern, locale).format(args);
  }
}
