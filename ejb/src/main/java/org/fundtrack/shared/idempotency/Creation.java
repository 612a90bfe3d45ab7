package org.fundtrack.shared.idempotency;

/**
 * What a creating request created (a grant's id, an amendment's number, an attachment's id), and
 * whether it was created earlier by a request with the same Idempotency-Key.
 */
public record Creation(long id, boolean replayed) {

  public static Creation created(long id) {
    return new Creation(id, false);
  }

  public static Creation replayed(long id) {
    return new Creation(id, true);
  }
}
