package org.fundtrack.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fundtrack.security.entity.AppUser;

/** Loads users, by id or by the username they sign in with. */
@ApplicationScoped
public class AppUserRepository {

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
}
