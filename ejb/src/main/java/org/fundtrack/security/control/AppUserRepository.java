package org.fundtrack.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fundtrack.security.entity.AppUser;

/** Loads users, by id or by the username they sign in with. */
@ApplicationScoped
public class AppUserRepository {

  private static final String SIGN_IN_ACCOUNT =
      "SELECT NEW org.fundtrack.security.control.SignInAccount(u.id, u.username, u.displayName,"
          + " u.role, u.recipientId, u.passwordHash, u.enabled, u.lockedUntil)"
          + " FROM AppUser u";

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  public Optional<AppUser> findById(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  /** As the column's case-insensitive collation compares: "Alice" finds "alice". */
  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The user row locked for update until the transaction ends, so concurrent sign-ins of one
   * account count their failures one after another (on every clustered instance).
   */
  public Optional<AppUser> findByIdForUpdate(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** What sign-in needs of the user signing in as {@code username}, in one query. */
  public Optional<SignInAccount> findSignInAccount(String username) {
    return em.createQuery(SIGN_IN_ACCOUNT + " WHERE u.username = :username", SignInAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** What sign-in needs of user {@code id}, in one query. */
  public Optional<SignInAccount> findSignInAccount(long id) {
    return em.createQuery(SIGN_IN_ACCOUNT + " WHERE u.id = :id", SignInAccount.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }
}
