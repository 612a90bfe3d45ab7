package org.fundtrack.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import org.fundtrack.shared.entity.Bilingual;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * An Ontario fiscal year, 1 April of {@code startYear} to 31 March of the next year, labelled
 * "2024-25" in English and « 2024-2025 » in French. Label and dates are derived from the start year
 * when the row is created and never change afterwards (the table checks them too), so the entity
 * has no setters and no version.
 */
@Entity
@Table(name = "fiscal_year")
@NamedQuery(
    name = FiscalYear.FIND_BY_START_YEAR,
    query = "SELECT f FROM FiscalYear f WHERE f.startYear = :startYear")
@NamedQuery(name = FiscalYear.FIND_ALL, query = "SELECT f FROM FiscalYear f ORDER BY f.startYear")
public class FiscalYear {

  public static final String FIND_BY_START_YEAR = "FiscalYear.findByStartYear";
  public static final String FIND_ALL = "FiscalYear.findAll";

  /** The range the table accepts. */
  public static final int FIRST_START_YEAR = 2000;

  public static final int LAST_START_YEAR = 2099;

  private static final Month FIRST_MONTH = Month.APRIL;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "start_year", nullable = false, updatable = false)
  private int startYear;

  @Column(name = "label", nullable = false, updatable = false, length = 7)
  private String label;

  @Column(name = "start_date", nullable = false, updatable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false, updatable = false)
  private LocalDate endDate;

  protected FiscalYear() {}

  /**
   * The fiscal year starting on 1 April of {@code startYear}.
   *
   * @throws BusinessRuleViolation {@code budget.fiscalYear.outOfRange} outside 2000–2099
   */
  public FiscalYear(int startYear) {
    if (startYear < FIRST_START_YEAR || startYear > LAST_START_YEAR) {
      throw BusinessRuleViolation.invalid(
          "budget.fiscalYear.outOfRange", startYear, FIRST_START_YEAR, LAST_START_YEAR);
    }
    this.startYear = startYear;
    this.label = label(startYear);
    this.startDate = LocalDate.of(startYear, FIRST_MONTH, 1);
    this.endDate = LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /** The start year of the fiscal year that contains {@code date}: 31 March 2025 gives 2024. */
  public static int containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getMonth().compareTo(FIRST_MONTH) >= 0 ? date.getYear() : date.getYear() - 1;
  }

  /** The English label of the year starting in {@code startYear}: 2024 gives "2024-25". */
  public static String label(int startYear) {
    return String.format(Locale.ROOT, "%d-%02d", startYear, (startYear + 1) % 100);
  }

  /** "2024-25". */
  public String label() {
    return label;
  }

  /** « 2024-2025 »: French usage writes both years in full. */
  public String labelFr() {
    return labelFr(startYear);
  }

  /** The French label of the year starting in {@code startYear}: 2024 gives "2024-2025". */
  public static String labelFr(int startYear) {
    return startYear + "-" + (startYear + 1);
  }

  /** The label in the user's language. */
  public String label(Locale locale) {
    return label(startYear, locale);
  }

  /**
   * The one label of the year starting in {@code startYear} in {@code locale}'s language: pages,
   * API messages and documents all name a year through this.
   */
  public static String label(int startYear, Locale locale) {
    return Bilingual.isFrench(locale) ? labelFr(startYear) : label(startYear);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }

  public Long getId() {
    return id;
  }

  public int getStartYear() {
    return startYear;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  @Override
  public String toString() {
    return label;
  }
}
