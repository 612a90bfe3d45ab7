package org.fundtrack.grant.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.security.boundary.RecipientScope;
import org.fundtrack.shared.query.FulltextTerms;
import org.fundtrack.shared.query.LikePattern;

/**
 * Builds the JPQL of one grant list: a row query that selects {@link GrantSummary} records through
 * a constructor expression (one SQL statement per page, whatever its size) and the matching count
 * query. The caller's recipient scope is always part of the WHERE clause; client values only ever
 * travel as parameters.
 */
final class GrantListQuery {

  static final String SELECT =
      "SELECT NEW org.fundtrack.grant.boundary.GrantSummary(g.id, g.referenceNumber,"
          + " g.text.titleEn, g.text.titleFr, g.status, g.instrumentType, g.terms.totalAmount,"
          + " g.terms.startDate, g.terms.endDate, r.id, r.legalName, r.operatingName, f.id,"
          + " f.code, f.name.en, f.name.fr)";

  /** InnoDB boolean-mode search of the titles' column (V071), through EclipseLink's SQL(). */
  private static final String TITLE_MATCH =
      "SQL('MATCH(?) AGAINST (? IN BOOLEAN MODE)', COLUMN('search_text', t), :terms) > 0";

  /**
   * Outer joins on the required recipient and fund: the same rows as inner joins, but MariaDB
   * eliminates them from the count when no filter names them, and reads grants first, in the order
   * of the list's index.
   */
  private final StringBuilder from =
      new StringBuilder(
          " FROM GrantAgreement g LEFT JOIN g.recipient r LEFT JOIN g.fund f WHERE 1 = 1");

  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private GrantListQuery() {}

  static GrantListQuery of(GrantFilter filter, RecipientScope scope) {
    GrantListQuery query = new GrantListQuery();
    if (scope.restricted()) {
      query.where(" AND r.id = :scope", "scope", scope.recipientId());
    }
    if (filter.fundCode() != null) {
      query.where(" AND f.code = :fund", "fund", filter.fundCode());
    }
    if (filter.recipientId() != null) {
      query.where(" AND r.id = :recipient", "recipient", filter.recipientId());
    }
    if (!filter.statuses().isEmpty()) {
      query.where(" AND g.status IN :statuses", "statuses", filter.statuses());
    }
    if (filter.fiscalYear() != null) {
      query.overlapping(new FiscalYear(filter.fiscalYear()));
    }
    if (LikePattern.isUsable(filter.text())) {
      query.matching(filter.text());
    }
    return query;
  }

  private void where(String clause, String name, Object value) {
    from.append(clause);
    parameters.put(name, value);
  }

  private void overlapping(FiscalYear year) {
    where(" AND g.terms.startDate <= :yearEnd", "yearEnd", year.getEndDate());
    where(" AND g.terms.endDate >= :yearStart", "yearStart", year.getStartDate());
  }

  /**
   * Reference numbers that start with the text, or titles (English or French) that contain it.
   * Titles are looked up through the FULLTEXT index on {@code search_text} when the text has a word
   * the index holds, each word matched from its start, and then filtered by the exact LIKE, so the
   * index only narrows. Both are subqueries on the id, so the outer scan stays in index order.
   */
  private void matching(String text) {
    String terms = FulltextTerms.of(text);
    String titles =
        "(LOWER(t.text.titleEn) LIKE :q ESCAPE '!' OR LOWER(t.text.titleFr) LIKE :q ESCAPE '!')";
    if (!terms.isEmpty()) {
      titles = TITLE_MATCH + " AND " + titles;
      parameters.put("terms", terms);
    }
    where(
        " AND (g.id IN (SELECT s.id FROM GrantAgreement s WHERE s.referenceNumber LIKE :prefix"
            + " ESCAPE '!') OR g.id IN (SELECT t.id FROM GrantAgreement t WHERE "
            + titles
            + "))",
        "q",
        LikePattern.contains(text));
    parameters.put("prefix", LikePattern.startsWith(text));
  }

  String rowsJpql(GrantSort sort) {
    return SELECT + from + sort.orderByClause();
  }

  String countJpql() {
    return "SELECT COUNT(g)" + from;
  }

  Map<String, Object> parameters() {
    return Map.copyOf(parameters);
  }
}
