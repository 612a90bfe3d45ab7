package org.fundtrack.shared.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.query.MappedRows;

/**
 * The Idempotency-Keys of creating requests ({@code idempotent_request}, V072), per user. A
 * creation claims its key inside its own transaction before it writes anything and records what it
 * created before it commits, so the key is stored if and only if the creation is. Two requests with
 * the same key queue on the key's row: the second waits for the first to commit, then finds its
 * result (with a locking read, which sees it) and answers that instead of creating a second record;
 * if the first rolled back, the second creates.
 */
@ApplicationScoped
public class IdempotentRequests {

  /**
   * The claimed key's row (orm.xml's IdempotentRequestClaim), read with SQL under the row lock the
   * upsert took: the table has no entity.
   */
  public record Claim(String operation, String fingerprint, Long resultId) {}

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /**
   * Claims {@code key} for {@code operation}: empty if this request is the first with it (it goes
   * on and {@link #complete}s), the earlier result if the same request came before.
   *
   * @throws BusinessRuleViolation {@code request.idempotencyKey.reused} when the key was used for
   *     another request (another operation, record or body)
   */
  public Optional<Long> claim(long userId, String operation, RequestKey key) {
    if (key == null) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "INSERT INTO idempotent_request"
                + " (app_user_id, idempotency_key, operation, fingerprint, created_at)"
                + " VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, userId)
        .setParameter(2, key.key())
        .setParameter(3, operation)
        .setParameter(4, key.fingerprint())
        .executeUpdate();
    Claim claim =
        MappedRows.single(
            em.createNativeQuery(
                    "SELECT operation, fingerprint, result_id FROM idempotent_request"
                        + " WHERE app_user_id = ? AND idempotency_key = ? FOR UPDATE",
                    "IdempotentRequestClaim")
                .setParameter(1, userId)
                .setParameter(2, key.key()),
            Claim.class);
    if (!operation.equals(claim.operation()) || !key.fingerprint().equals(claim.fingerprint())) {
      throw BusinessRuleViolation.invalid("request.idempotencyKey.reused", key.key());
    }
    return Optional.ofNullable(claim.resultId());
  }

  /** Records what the request that claimed {@code key} created (nothing without a key). */
  public void complete(long userId, RequestKey key, long resultId) {
    if (key == null) {
      return;
    }
    em.createNativeQuery(
            "UPDATE idempotent_request SET result_id = ?"
                + " WHERE app_user_id = ? AND idempotency_key = ?")
        .setParameter(1, resultId)
        .setParameter(2, userId)
        .setParameter(3, key.key())
        .executeUpdate();
  }
}
