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
 * the web layer and the API can word it in the user's language, and a {@link Kind} that says what
 * sort of refusal it is, so that nobody decodes the HTTP meaning from the key's wording.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

  /** The bundle holding every message key, in English and French. */
  public static final String BUNDLE = "org.fundtrack.shared.error.BusinessRuleMessages";

  private static final long serialVersionUID = 1L;

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** What sort of refusal a violation is; the web layer answers each its own way. */
  public enum Kind {
    /**
     * The record the request names does not exist, or lies outside the caller's scope: the same
     * answer for both (404), so that a recipient cannot probe other organisations' records.
     */
    NOT_FOUND,
    /** The caller's role may not do this at all (403). */
    NOT_ALLOWED,
    /**
     * The request was right when it was made but the records moved on (someone else changed the
     * grant, the reference or name is taken): 409, try again from the current state.
     */
    CONFLICT,
    /** The request itself breaks a rule (an amount over the budget, a step out of order): 422. */
    INVALID
  }

  private final Kind kind;
  private final String messageKey;
  private final Object[] args;

  private BusinessRuleViolation(Kind kind, String messageKey, Object... args) {
    super(Objects.requireNonNull(messageKey, "messageKey") + " " + Arrays.toString(args));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  /**
   * The named record does not exist or lies outside the caller's scope (key {@code *.notFound}).
   */
  public static BusinessRuleViolation notFound(String messageKey, Object... args) {
    return new BusinessRuleViolation(Kind.NOT_FOUND, messageKey, args);
  }

  /** The caller's role may not do this. */
  public static BusinessRuleViolation notAllowed(String messageKey, Object... args) {
    return new BusinessRuleViolation(Kind.NOT_ALLOWED, messageKey, args);
  }

  /** The records changed under the request (a stale version, a taken reference or name). */
  public static BusinessRuleViolation conflict(String messageKey, Object... args) {
    return new BusinessRuleViolation(Kind.CONFLICT, messageKey, args);
  }

  /** The request breaks a business rule. */
  public static BusinessRuleViolation invalid(String messageKey, Object... args) {
    return new BusinessRuleViolation(Kind.INVALID, messageKey, args);
  }

  public Kind kind() {
    return kind;
  }

  public String getMessageKey() {
    return messageKey;
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
