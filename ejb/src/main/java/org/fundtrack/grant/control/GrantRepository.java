package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fundtrack.grant.entity.GrantAgreement;

/** Loads grant agreements; lists and searches belong to paged queries in their services. */
@ApplicationScoped
public class GrantRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  public Optional<GrantAgreement> findById(long id) {
    return Optional.ofNullable(em.find(GrantAgreement.class, id));
  }
}
