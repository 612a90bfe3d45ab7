package org.fundtrack.recipient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fundtrack.recipient.entity.Recipient;

/** Loads recipients; lists and searches belong to paged queries in their services. */
@ApplicationScoped
public class RecipientRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  public Optional<Recipient> findById(long id) {
    return Optional.ofNullable(em.find(Recipient.class, id));
  }
}
