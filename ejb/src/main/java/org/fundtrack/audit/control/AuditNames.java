package org.fundtrack.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fundtrack.shared.query.MappedRows;

/**
 * Looks up, for a page of audit entries, the names people know the audited records and the rows
 * their values point at by: a grant's reference, an instalment's number, a budget line's fund and
 * year, a user's display name. One query per kind of record on the page, whatever its size; rows
 * are read by id or code, with SQL only (the trail records table columns, not entities).
 */
@ApplicationScoped
public class AuditNames {

  /** A row's names in English and French, and the reference of the grant it belongs to. */
  public record Names(String en, String fr, String grantReference) {}

  /**
   * A row of any of the look-ups below (orm.xml's AuditNameRow): every column is read as text, as
   * the trail records it, whether the table holds a number (an id, a sequence) or a string.
   */
  public record NameRow(String key, String en, String fr, String grantReference) {}

  private static final String YEAR_FR = "CONCAT(fy.start_year, '-', fy.start_year + 1)";

  private static final String BUDGET_LINE =
      "SELECT bl.id AS k, CONCAT(f.name_en, ' ', fy.label) AS en, CONCAT(f.name_fr, ' ', "
          + YEAR_FR
          + ") AS fr, NULL AS grant_ref FROM budget_line bl JOIN fund f ON f.id = bl.fund_id"
          + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE bl.id IN (%s)";

  private static final Map<String, String> SUBJECTS =
      Map.ofEntries(
          Map.entry(
              "GrantAgreement",
              "SELECT g.id AS k, g.reference_number AS en, g.reference_number AS fr,"
                  + " g.reference_number AS grant_ref"
                  + " FROM grant_agreement g WHERE g.id IN (%s)"),
          Map.entry(
              "GrantYearAllocation",
              "SELECT a.id AS k, fy.label AS en, "
                  + YEAR_FR
                  + " AS fr, g.reference_number AS grant_ref FROM grant_year_allocation a"
                  + " JOIN budget_line bl ON bl.id = a.budget_line_id"
                  + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                  + " JOIN grant_agreement g ON g.id = a.grant_id WHERE a.id IN (%s)"),
          Map.entry(
              "GrantBudgetItem",
              "SELECT b.id AS k, c.name_en AS en, c.name_fr AS fr, g.reference_number AS grant_ref"
                  + " FROM grant_budget_item b"
                  + " JOIN expense_category c ON c.id = b.expense_category_id"
                  + " JOIN grant_agreement g ON g.id = b.grant_id WHERE b.id IN (%s)"),
          Map.entry("PaymentInstalment", numbered("payment_instalment", "sequence_no")),
          Map.entry(
              "Payment",
              "SELECT c.id AS k, c.payment_reference AS en, c.payment_reference AS fr,"
                  + " g.reference_number AS grant_ref"
                  + " FROM payment c JOIN grant_agreement g ON g.id = c.grant_id"
                  + " WHERE c.id IN (%s)"),
          Map.entry("ReportingPeriod", numbered("reporting_period", "sequence_no")),
          Map.entry("Amendment", numbered("amendment", "amendment_no")),
          Map.entry(
              "GrantIndicator",
              "SELECT gi.id AS k, i.name_en AS en, i.name_fr AS fr, g.reference_number AS grant_ref"
                  + " FROM grant_indicator gi"
                  + " JOIN indicator i ON i.id = gi.indicator_id"
                  + " JOIN grant_agreement g ON g.id = gi.grant_id WHERE gi.id IN (%s)"),
          Map.entry(
              "IndicatorTarget",
              "SELECT t.id AS k, i.name_en AS en, i.name_fr AS fr, g.reference_number AS grant_ref"
                  + " FROM indicator_target t"
                  + " JOIN grant_indicator gi ON gi.id = t.grant_indicator_id"
                  + " JOIN indicator i ON i.id = gi.indicator_id"
                  + " JOIN grant_agreement g ON g.id = gi.grant_id WHERE t.id IN (%s)"),
          Map.entry(
              "ProgressReport",
              "SELECT pr.id AS k, rp.sequence_no AS en, rp.sequence_no AS fr,"
                  + " g.reference_number AS grant_ref"
                  + " FROM progress_report pr JOIN reporting_period rp"
                  + " ON rp.id = pr.reporting_period_id"
                  + " JOIN grant_agreement g ON g.id = pr.grant_id WHERE pr.id IN (%s)"),
          Map.entry(
              "ReportAttachment",
              "SELECT a.id AS k, a.original_file_name AS en, a.original_file_name AS fr,"
                  + " g.reference_number AS grant_ref"
                  + " FROM report_attachment a JOIN progress_report pr"
                  + " ON pr.id = a.progress_report_id"
                  + " JOIN grant_agreement g ON g.id = pr.grant_id WHERE a.id IN (%s)"),
          Map.entry("BudgetLine", BUDGET_LINE),
          Map.entry(
              "Indicator",
              "SELECT i.id AS k, i.name_en AS en, i.name_fr AS fr, NULL AS grant_ref"
                  + " FROM indicator i WHERE i.id IN (%s)"),
          Map.entry(
              "Reallocation",
              "SELECT r.id AS k, NULL AS en, NULL AS fr, NULL AS grant_ref"
                  + " FROM reallocation r WHERE r.id IN (%s)"));

  private static final Map<AuditFields.Kind, String> REFERENCES =
      Map.ofEntries(
          Map.entry(
              AuditFields.Kind.USER,
              "SELECT u.username AS k, u.display_name AS en, u.display_name AS fr,"
                  + " NULL AS grant_ref FROM app_user u"
                  + " WHERE u.username IN (%s)"),
          Map.entry(AuditFields.Kind.BUDGET_LINE, BUDGET_LINE),
          Map.entry(
              AuditFields.Kind.RECIPIENT,
              "SELECT r.id AS k, r.legal_name AS en, r.legal_name AS fr, NULL AS grant_ref"
                  + " FROM recipient r WHERE r.id IN (%s)"),
          Map.entry(
              AuditFields.Kind.FUND,
              "SELECT f.id AS k, f.name_en AS en, f.name_fr AS fr, NULL AS grant_ref"
                  + " FROM fund f WHERE f.id IN (%s)"),
          Map.entry(AuditFields.Kind.GRANT, SUBJECTS.get("GrantAgreement")),
          Map.entry(AuditFields.Kind.INSTALMENT, SUBJECTS.get("PaymentInstalment")),
          Map.entry(AuditFields.Kind.PERIOD, SUBJECTS.get("ReportingPeriod")),
          Map.entry(AuditFields.Kind.GRANT_INDICATOR, SUBJECTS.get("GrantIndicator")),
          Map.entry(AuditFields.Kind.REPORT, SUBJECTS.get("ProgressReport")),
          Map.entry(
              AuditFields.Kind.CATEGORY,
              "SELECT c.code AS k, c.name_en AS en, c.name_fr AS fr, NULL AS grant_ref"
                  + " FROM expense_category c"
                  + " WHERE c.code IN (%s)"),
          Map.entry(
              AuditFields.Kind.INDICATOR,
              "SELECT i.code AS k, i.name_en AS en, i.name_fr AS fr, NULL AS grant_ref"
                  + " FROM indicator i WHERE i.code IN (%s)"));

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  /** Names of the records of one type, by id; a type this class does not know has none. */
  public Map<String, Names> subjects(String entityType, Set<Long> ids) {
    String sql = SUBJECTS.get(entityType);
    return sql == null ? Map.of() : names(sql, List.copyOf(ids));
  }

  /** Names of the rows that recorded values of one kind point at, by recorded value. */
  public Map<String, Names> references(AuditFields.Kind kind, Set<String> values) {
    String sql = REFERENCES.get(kind);
    if (sql == null) {
      return Map.of();
    }
    boolean byCode =
        kind == AuditFields.Kind.USER
            || kind == AuditFields.Kind.CATEGORY
            || kind == AuditFields.Kind.INDICATOR;
    List<?> keys = byCode ? List.copyOf(values) : ids(values);
    return names(sql, keys);
  }

  private Map<String, Names> names(String sql, List<?> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    String marks =
        IntStream.rangeClosed(1, keys.size())
            .mapToObj(i -> "?" + i)
            .collect(Collectors.joining(", "));
    Query query = em.createNativeQuery(String.format(sql, marks), "AuditNameRow");
    for (int i = 0; i < keys.size(); i++) {
      query.setParameter(i + 1, keys.get(i));
    }
    Map<String, Names> byKey = new HashMap<>();
    for (NameRow r : MappedRows.list(query, NameRow.class)) {
      byKey.put(r.key(), new Names(r.en(), r.fr(), r.grantReference()));
    }
    return byKey;
  }

  private static String numbered(String table, String column) {
    return "SELECT c.id AS k, c."
        + column
        + " AS en, c."
        + column
        + " AS fr, g.reference_number AS grant_ref FROM "
        + table
        + " c JOIN grant_agreement g ON g.id = c.grant_id WHERE c.id IN (%s)";
  }

  private static List<Long> ids(Collection<String> values) {
    return values.stream()
        .filter(v -> v != null && v.matches("\\d{1,18}"))
        .map(Long::valueOf)
        .toList();
  }
}
