package org.fundtrack.budget.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.fundtrack.budget.entity.FiscalYear;

/** Loads fiscal years, which are reference rows created once per year and never changed. */
@ApplicationScoped
public class FiscalYearRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  /** The fiscal year starting on 1 April of {@code startYear} (2024 for "2024-25"). */
  public Optional<FiscalYear> findByStartYear(int startYear) {
    return em.createNamedQuery(FiscalYear.FIND_BY_START_YEAR, FiscalYear.class)
        .setParameter("startYear", startYear)
        .getResultStream()
        .findFirst();
  }

  /** Every fiscal year, oldest first. */
  public List<FiscalYear> findAll() {
    return em.createNamedQuery(FiscalYear.FIND_ALL, FiscalYear.class).getResultList();
  }
}
