package org.fundtrack.db.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The money and workflow invariants a filled database must keep, each as a query counting the rows
 * that break it (so zero everywhere means consistent). The generator runs them after generating,
 * and the integration test runs them on a generated tier; they read the whole database, demo rows
 * included.
 */
public final class InvariantChecks {

  private static final String COMMITTED = "('APPROVED', 'ACTIVE', 'CLOSED', 'TERMINATED')";

  static final Map<String, String> CHECKS = new LinkedHashMap<>();

  static {
    CHECKS.put(
        "budget line committed = its committed grants' year allocations",
        "SELECT COUNT(*) FROM budget_line bl WHERE bl.committed_amount <> (SELECT COALESCE(SUM(a.amount), 0)"
            + " FROM grant_year_allocation a JOIN grant_agreement g ON g.id = a.grant_id"
            + " WHERE a.budget_line_id = bl.id AND g.status IN "
            + COMMITTED
            + ")");
    CHECKS.put(
        "budget line paid = payments on its instalments",
        "SELECT COUNT(*) FROM budget_line bl WHERE bl.paid_amount <> (SELECT COALESCE(SUM(p.amount), 0)"
            + " FROM payment p JOIN payment_instalment i ON i.id = p.instalment_id"
            + " WHERE i.budget_line_id = bl.id)");
    CHECKS.put(
        "paid <= committed <= appropriation",
        "SELECT COUNT(*) FROM budget_line WHERE paid_amount > committed_amount"
            + " OR committed_amount > appropriation");
    CHECKS.put(
        "year allocations add up to the grant's total",
        "SELECT COUNT(*) FROM grant_agreement g WHERE g.status <> 'TERMINATED' AND g.total_amount <>"
            + " (SELECT COALESCE(SUM(a.amount), 0) FROM grant_year_allocation a WHERE a.grant_id = g.id)");
    CHECKS.put(
        "budget items add up to the grant's total",
        "SELECT COUNT(*) FROM grant_agreement g WHERE EXISTS (SELECT 1 FROM grant_budget_item b"
            + " WHERE b.grant_id = g.id) AND g.total_amount <> (SELECT SUM(b.amount)"
            + " FROM grant_budget_item b WHERE b.grant_id = g.id)");
    CHECKS.put(
        "instalments on a line add up to the grant's allocation on it",
        "SELECT COUNT(*) FROM grant_year_allocation a JOIN grant_agreement g ON g.id = a.grant_id"
            + " WHERE g.status <> 'TERMINATED' AND EXISTS (SELECT 1 FROM payment_instalment i"
            + " WHERE i.grant_id = a.grant_id) AND a.amount <> (SELECT COALESCE(SUM(i.amount), 0)"
            + " FROM payment_instalment i WHERE i.grant_id = a.grant_id"
            + " AND i.budget_line_id = a.budget_line_id)");
    CHECKS.put(
        "the holdback is the grant's holdback percentage of its total",
        "SELECT COUNT(*) FROM payment_instalment i JOIN grant_agreement g ON g.id = i.grant_id"
            + " WHERE i.holdback AND i.status <> 'CANCELLED'"
            + " AND i.amount <> ROUND(g.total_amount * g.holdback_percent / 100, 2)");
    CHECKS.put(
        "a payment pays its instalment's amount, once, and only a paid one",
        "SELECT COUNT(*) FROM payment_instalment i LEFT JOIN payment p ON p.instalment_id = i.id"
            + " WHERE (i.status = 'PAID') <> (p.id IS NOT NULL) OR p.amount <> i.amount");
    CHECKS.put(
        "payments never exceed the grant's commitment",
        "SELECT COUNT(*) FROM grant_agreement g WHERE (SELECT COALESCE(SUM(p.amount), 0)"
            + " FROM payment p WHERE p.grant_id = g.id) > g.total_amount");
    CHECKS.put(
        "an instalment is released only once every report due by its date is accepted",
        "SELECT COUNT(*) FROM payment_instalment i WHERE i.status IN ('RELEASED', 'PAID')"
            + " AND i.sequence_no > 1 AND EXISTS (SELECT 1 FROM reporting_period rp"
            + " WHERE rp.grant_id = i.grant_id AND (rp.due_date <= i.due_date OR i.holdback)"
            + " AND NOT EXISTS (SELECT 1 FROM progress_report pr WHERE pr.reporting_period_id = rp.id"
            + " AND pr.status = 'ACCEPTED'))");
    CHECKS.put(
        "reports only for periods that have ended, of executed grants",
        "SELECT COUNT(*) FROM progress_report pr JOIN reporting_period rp ON rp.id = pr.reporting_period_id"
            + " JOIN grant_agreement g ON g.id = pr.grant_id WHERE rp.period_end >= pr.created_at"
            + " OR g.status NOT IN ('ACTIVE', 'CLOSED', 'TERMINATED')");
    CHECKS.put(
        "a closed grant has every report accepted and every instalment paid",
        "SELECT COUNT(*) FROM grant_agreement g WHERE g.status = 'CLOSED' AND (EXISTS (SELECT 1"
            + " FROM payment_instalment i WHERE i.grant_id = g.id AND i.status <> 'PAID') OR EXISTS"
            + " (SELECT 1 FROM reporting_period rp WHERE rp.grant_id = g.id AND NOT EXISTS (SELECT 1"
            + " FROM progress_report pr WHERE pr.reporting_period_id = rp.id AND pr.status = 'ACCEPTED')))");
    CHECKS.put(
        "breakdowns add up to the overall actual",
        "SELECT COUNT(*) FROM (SELECT r.progress_report_id, r.grant_indicator_id, d.dimension_id,"
            + " SUM(r.numeric_value) AS parts, MAX(o.numeric_value) AS overall FROM indicator_result r"
            + " JOIN dimension_value d ON d.id = r.dimension_value_id JOIN indicator_result o"
            + " ON o.progress_report_id = r.progress_report_id AND o.grant_indicator_id = r.grant_indicator_id"
            + " AND o.dimension_value_id IS NULL GROUP BY r.progress_report_id, r.grant_indicator_id,"
            + " d.dimension_id) b WHERE b.parts <> b.overall");
    CHECKS.put(
        "the audit chain's head is its newest entry",
        "SELECT COUNT(*) FROM audit_chain_head h WHERE NOT (h.last_hash <=> (SELECT entry_hash"
            + " FROM audit_entry ORDER BY id DESC LIMIT 1))");
  }

  private InvariantChecks() {}

  /** Each check's name and how many rows break it. */
  public static Map<String, Long> run(Connection connection) throws SQLException {
    Map<String, Long> broken = new LinkedHashMap<>();
    try (Statement s = connection.createStatement()) {
      for (Map.Entry<String, String> check : CHECKS.entrySet()) {
        try (ResultSet r = s.executeQuery(check.getValue())) {
          r.next();
          broken.put(check.getKey(), r.getLong(1));
        }
      }
    }
    return broken;
  }
}
