package org.fundtrack.grant.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.security.boundary.RecipientScope;
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
          + " f.code, f.nameEn, f.nameFr)";

  private final StringBuilder from =
      new StringBuilder(" FROM GrantAgreement g JOIN g.recipient r JOIN g.fund f WHERE 1 = 1");
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

  private void matching(String text) {
    where(
        " AND (LOWER(g.referenceNumber) LIKE :q ESCAPE '!' OR LOWER(g.text.titleEn) LIKE :q"
            + " ESCAPE '!' OR LOWER(g.text.titleFr) LIKE :q ESCAPE '!')",
        "q",
        LikePattern.contains(text));
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
