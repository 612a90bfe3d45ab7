package org.fundtrack.security.boundary;

/**
 * Which organisations' records a caller's queries may return. Ministry staff are unrestricted; a
 * recipient is restricted to its own organisation. It fails closed: a recipient account without an
 * organisation (which the schema forbids) is restricted to an id no row has, never let through.
 *
 * @param recipientId the only organisation a restricted caller sees; meaningless when unrestricted
 */
public record RecipientScope(boolean restricted, long recipientId) {

  /** No row has this id: identity columns start at 1. */
  static final long NO_RECIPIENT = 0L;

  private static final RecipientScope UNRESTRICTED = new RecipientScope(false, NO_RECIPIENT);

  public static RecipientScope of(Caller caller) {
    if (!caller.isRecipient()) {
      return UNRESTRICTED;
    }
    return new RecipientScope(true, caller.recipientScope().orElse(NO_RECIPIENT));
  }

  /** Whether a record of {@code ownerId}'s organisation is in scope. */
  public boolean permits(long ownerId) {
    return !restricted || recipientId == ownerId;
  }
}
