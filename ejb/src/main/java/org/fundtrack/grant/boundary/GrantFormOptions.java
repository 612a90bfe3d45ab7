package org.fundtrack.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.grant.control.GrantScheduleBuilder;
import org.fundtrack.grant.entity.ReportingFrequency;
import org.fundtrack.indicator.entity.MeasureType;
import org.fundtrack.recipient.entity.Recipient;
import org.fundtrack.security.entity.Roles;

/**
 * The choices of the grant entry form: active recipients, active funds, active expense categories,
 * the fiscal years that have budget lines, the catalogue's numeric indicators, the reporting
 * periods a term would have, and the holdback a new grant starts with. Officers enter grants, so
 * only they read these.
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

  @Inject private GrantScheduleBuilder schedules;

  @Inject
  @ConfigProperty(name = "fundtrack.grant.default-holdback-percent")
  private BigDecimal defaultHoldbackPercent;

  /**
   * The configured holdback ({@code fundtrack.grant.default-holdback-percent}) a form starts with.
   */
  public BigDecimal defaultHoldbackPercent() {
    return defaultHoldbackPercent;
  }

  /** A recipient offered by its id and legal name. */
  public record NamedId(Long id, String name) {}

  /** A fund offered by its id, code and names. */
  public record FundChoice(Long id, String code, String nameEn, String nameFr) {}

  public List<Option> recipients() {
    return em
        .createQuery(
            "SELECT NEW org.fundtrack.grant.boundary.GrantFormOptions$NamedId(r.id, r.legalName)"
                + " FROM Recipient r WHERE r.active = TRUE ORDER BY r.legalName, r.id",
            NamedId.class)
        .setMaxResults(MAX_RECIPIENTS)
        .getResultList()
        .stream()
        .map(r -> new Option(String.valueOf(r.id()), r.name(), r.name()))
        .toList();
  }

  public List<Option> funds() {
    return em
        .createQuery(
            "SELECT NEW org.fundtrack.grant.boundary.GrantFormOptions$FundChoice(f.id, f.code,"
                + " f.name.en, f.name.fr) FROM Fund f WHERE f.active = TRUE ORDER BY f.code",
            FundChoice.class)
        .getResultList()
        .stream()
        .map(
            f ->
                new Option(
                    String.valueOf(f.id()),
                    f.code() + " — " + f.nameEn(),
                    f.code() + " — " + f.nameFr()))
        .toList();
  }

  public List<Option> expenseCategories() {
    return em.createQuery(
            "SELECT NEW org.fundtrack.grant.boundary.Option(c.code, c.name.en, c.name.fr)"
                + " FROM ExpenseCategory c WHERE c.active = TRUE ORDER BY c.sortOrder, c.code",
            Option.class)
        .getResultList();
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

  /** The most reporting periods the form shows targets for (a five-year monthly grant has 60). */
  public static final int MAX_PERIODS = 120;

  /** A reporting period a target can be set for, numbered from 1. */
  public record Period(int number, LocalDate start, LocalDate end) implements Serializable {}

  /**
   * The reporting periods a grant to this recipient over this term would have, for the form's
   * targets; empty while the term is incomplete or ends before it starts, or the recipient unknown.
   */
  public List<Period> reportingPeriods(
      Long recipientId, LocalDate start, LocalDate end, ReportingFrequency frequency) {
    if (recipientId == null || start == null || end == null || frequency == null) {
      return List.of();
    }
    Recipient recipient = em.find(Recipient.class, recipientId);
    if (recipient == null || end.isBefore(start)) {
      return List.of();
    }
    return schedules.periods(recipient, start, end, frequency).stream()
        .limit(MAX_PERIODS)
        .map(p -> new Period(p.sequenceNo(), p.periodStart(), p.periodEnd()))
        .toList();
  }

  /** An indicator of the catalogue as the form offers it: code, names and unit. */
  public record IndicatorChoice(String code, String nameEn, String nameFr, String unit)
      implements Serializable {

    public String value() {
      return code;
    }

    public String label(boolean french) {
      return french ? nameFr : nameEn;
    }
  }

  /** Active numeric indicators of the catalogue (qualitative ones take no target), by code. */
  public List<IndicatorChoice> indicators() {
    return em.createQuery(
            "SELECT NEW org.fundtrack.grant.boundary.GrantFormOptions$IndicatorChoice(i.code,"
                + " i.name.en, i.name.fr, i.unit) FROM Indicator i"
                + " WHERE i.active = TRUE AND i.measureType <> :qualitative ORDER BY i.code",
            IndicatorChoice.class)
        .setParameter("qualitative", MeasureType.QUALITATIVE)
        .getResultList();
  }
}
