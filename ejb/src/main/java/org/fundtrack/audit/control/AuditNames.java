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

  private static final String YEAR_FR = "CONCAT(fy.start_year, '-', fy.start_year + 1)";

  private static final String BUDGET_LINE =
      "SELECT bl.id, CONCAT(f.name_en, ' ', fy.label), CONCAT(f.name_fr, ' ', "
          + YEAR_FR
          + "), NULL FROM budget_line bl JOIN fund f ON f.id = bl.fund_id"
          + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id WHERE bl.id IN (%s)";

  private static final Map<String, String> SUBJECTS =
      Map.ofEntries(
          Map.entry(
              "GrantAgreement",
              "SELECT g.id, g.reference_number, g.reference_number, g.reference_number"
                  + " FROM grant_agreement g WHERE g.id IN (%s)"),
          Map.entry(
              "GrantYearAllocation",
              "SELECT a.id, fy.label, "
                  + YEAR_FR
                  + ", g.reference_number FROM grant_year_allocation a"
                  + " JOIN budget_line bl ON bl.id = a.budget_line_id"
                  + " JOIN fiscal_year fy ON fy.id = bl.fiscal_year_id"
                  + " JOIN grant_agreement g ON g.id = a.grant_id WHERE a.id IN (%s)"),
          Map.entry(
              "GrantBudgetItem",
              "SELECT b.id, c.name_en, c.name_fr, g.reference_number FROM grant_budget_item b"
                  + " JOIN expense_category c ON c.id = b.expense_category_id"
                  + " JOIN grant_agreement g ON g.id = b.grant_id WHERE b.id IN (%s)"),
          Map.entry("PaymentInstalment", numbered("payment_instalment", "sequence_no")),
          Map.entry(
              "Payment",
              "SELECT c.id, c.payment_reference, c.payment_reference, g.reference_number"
                  + " FROM payment c JOIN grant_agreement g ON g.id = c.grant_id"
                  + " WHERE c.id IN (%s)"),
          Map.entry("ReportingPeriod", numbered("reporting_period", "sequence_no")),
          Map.entry("Amendment", numbered("amendment", "amendment_no")),
          Map.entry(
              "GrantIndicator",
              "SELECT gi.id, i.name_en, i.name_fr, g.reference_number FROM grant_indicator gi"
                  + " JOIN indicator i ON i.id = gi.indicator_id"
                  + " JOIN grant_agreement g ON g.id = gi.grant_id WHERE gi.id IN (%s)"),
          Map.entry(
              "IndicatorTarget",
              "SELECT t.id, i.name_en, i.name_fr, g.reference_number FROM indicator_target t"
                  + " JOIN grant_indicator gi ON gi.id = t.grant_indicator_id"
                  + " JOIN indicator i ON i.id = gi.indicator_id"
                  + " JOIN grant_agreement g ON g.id = gi.grant_id WHERE t.id IN (%s)"),
          Map.entry(
              "ProgressReport",
              "SELECT pr.id, rp.sequence_no, rp.sequence_no, g.reference_number"
                  + " FROM progress_report pr JOIN reporting_period rp"
                  + " ON rp.id = pr.reporting_period_id"
                  + " JOIN grant_agreement g ON g.id = pr.grant_id WHERE pr.id IN (%s)"),
          Map.entry(
              "ReportAttachment",
              "SELECT a.id, a.original_file_name, a.original_file_name, g.reference_number"
                  + " FROM report_attachment a JOIN progress_report pr"
                  + " ON pr.id = a.progress_report_id"
                  + " JOIN grant_agreement g ON g.id = pr.grant_id WHERE a.id IN (%s)"),
          Map.entry("BudgetLine", BUDGET_LINE),
          Map.entry(
              "Indicator",
              "SELECT i.id, i.name_en, i.name_fr, NULL FROM indicator i WHERE i.id IN (%s)"),
          Map.entry(
              "Reallocation",
              "SELECT r.id, NULL, NULL, NULL FROM reallocation r WHERE r.id IN (%s)"));

  private static final Map<AuditFields.Kind, String> REFERENCES =
      Map.ofEntries(
          Map.entry(
              AuditFields.Kind.USER,
              "SELECT u.username, u.display_name, u.display_name, NULL FROM app_user u"
                  + " WHERE u.username IN (%s)"),
          Map.entry(AuditFields.Kind.BUDGET_LINE, BUDGET_LINE),
          Map.entry(
              AuditFields.Kind.RECIPIENT,
              "SELECT r.id, r.legal_name, r.legal_name, NULL FROM recipient r WHERE r.id IN (%s)"),
          Map.entry(
              AuditFields.Kind.FUND,
              "SELECT f.id, f.name_en, f.name_fr, NULL FROM fund f WHERE f.id IN (%s)"),
          Map.entry(AuditFields.Kind.GRANT, SUBJECTS.get("GrantAgreement")),
          Map.entry(AuditFields.Kind.INSTALMENT, SUBJECTS.get("PaymentInstalment")),
          Map.entry(AuditFields.Kind.PERIOD, SUBJECTS.get("ReportingPeriod")),
          Map.entry(AuditFields.Kind.GRANT_INDICATOR, SUBJECTS.get("GrantIndicator")),
          Map.entry(AuditFields.Kind.REPORT, SUBJECTS.get("ProgressReport")),
          Map.entry(
              AuditFields.Kind.CATEGORY,
              "SELECT c.code, c.name_en, c.name_fr, NULL FROM expense_category c"
                  + " WHERE c.code IN (%s)"),
          Map.entry(
              AuditFields.Kind.INDICATOR,
              "SELECT i.code, i.name_en, i.name_fr, NULL FROM indicator i WHERE i.code IN (%s)"));

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
    Query query = em.createNativeQuery(String.format(sql, marks));
    for (int i = 0; i < keys.size(); i++) {
      query.setParameter(i + 1, keys.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<String, Names> byKey = new HashMap<>();
    for (Object[] r : rows) {
      byKey.put(String.valueOf(r[0]), new Names(text(r[1]), text(r[2]), text(r[3])));
    }
    return byKey;
  }

  private static String numbered(String table, String column) {
    return "SELECT c.id, c."
        + column
        + ", c."
        + column
        + ", g.reference_number FROM "
        + table
        + " c JOIN grant_agreement g ON g.id = c.grant_id WHERE c.id IN (%s)";
  }

  private static List<Long> ids(Collection<String> values) {
    return values.stream()
        .filter(v -> v != null && v.matches("\\d{1,18}"))
        .map(Long::valueOf)
        .toList();
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
