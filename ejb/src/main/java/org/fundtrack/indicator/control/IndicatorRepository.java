package org.fundtrack.indicator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fundtrack.indicator.entity.Indicator;

/** Loads catalogue indicators by their stable code (e.g. "PEOPLE_SERVED"). */
@ApplicationScoped
public class IndicatorRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  public Optional<Indicator> findByCode(String code) {
    return em.createQuery("SELECT i FROM Indicator i WHERE i.code = :code", Indicator.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
