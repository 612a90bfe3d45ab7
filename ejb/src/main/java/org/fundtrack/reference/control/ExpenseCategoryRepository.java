package org.fundtrack.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fundtrack.reference.entity.ExpenseCategory;

/** Loads expense categories by their stable code (e.g. "COUNSELLING"). */
@ApplicationScoped
public class ExpenseCategoryRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  public Optional<ExpenseCategory> findByCode(String code) {
    return em.createQuery(
            "SELECT c FROM ExpenseCategory c WHERE c.code = :code", ExpenseCategory.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
