package org.fundtrack.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.security.entity.Roles;

/**
 * The choices of the grant entry form: active recipients, active funds, active expense categories
 * and the fiscal years that have budget lines, and the holdback a new grant starts with. Officers
 * enter grants, so only they read these.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class GrantFormOptions {

  /**
   * The most recipients the form lists; a ministry program has hundreds. Past this the form needs a
   * search, which the API's recipient list already offers.
   */
  public static final int MAX_RECIPIENTS = 2_000;

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "fundtrack.grant.default-holdback-percent")
  private BigDecimal defaultHoldbackPercent;

  /**
   * The configured holdback ({@code fundtrack.grant.default-holdback-percent}) a form starts with.
   */
  public BigDecimal defaultHoldbackPercent() {
    return defaultHoldbackPercent;
  }

  public List<Option> recipients() {
    return em
        .createQuery(
            "SELECT r.id, r.legalName FROM Recipient r WHERE r.active = TRUE"
                + " ORDER BY r.legalName, r.id",
            Object[].class)
        .setMaxResults(MAX_RECIPIENTS)
        .getResultList()
        .stream()
        .map(r -> new Option(String.valueOf(r[0]), (String) r[1], (String) r[1]))
        .toList();
  }

  public List<Option> funds() {
    return em
        .createQuery(
            "SELECT f.id, f.code, f.nameEn, f.nameFr FROM Fund f WHERE f.active = TRUE"
                + " ORDER BY f.code",
            Object[].class)
        .getResultList()
        .stream()
        .map(f -> new Option(String.valueOf(f[0]), f[1] + " — " + f[2], f[1] + " — " + f[3]))
        .toList();
  }

  public List<Option> expenseCategories() {
    return em
        .createQuery(
            "SELECT c.code, c.nameEn, c.nameFr FROM ExpenseCategory c WHERE c.active = TRUE"
                + " ORDER BY c.sortOrder, c.code",
            Object[].class)
        .getResultList()
        .stream()
        .map(c -> new Option((String) c[0], (String) c[1], (String) c[2]))
        .toList();
  }

  /** Fiscal years with at least one budget line, latest first. */
  public List<Option> fiscalYears() {
    return em
        .createQuery(
            "SELECT DISTINCT fy.startYear FROM BudgetLine bl JOIN bl.fiscalYear fy"
                + " ORDER BY fy.startYear DESC",
            Integer.class)
        .getResultList()
        .stream()
        .map(y -> new Option(String.valueOf(y), FiscalYear.label(y), FiscalYear.labelFr(y)))
        .toList();
  }
}
