package org.fundtrack.reports.boundary;

import java.io.Serializable;
import java.util.Locale;
import org.fundtrack.indicator.boundary.ScorecardScope;

/**
 * What to produce: the kind, the fiscal year (start year; required for the fund summary and the
 * scorecard, optional otherwise), a fund code (optional), a grant (for per-grant kinds), what a
 * scorecard covers, a progress report, and the language.
 */
public record ExportRequest(
    ExportKind kind,
    Integer fiscalYear,
    String fundCode,
    Long grantId,
    ScorecardScope scope,
    Long scopeId,
    Long reportId,
    Locale locale)
    implements Serializable {

  /** A request without scorecard scope or report. */
  public static ExportRequest of(
      ExportKind kind, Integer fiscalYear, String fundCode, Long grantId, Locale locale) {
    return new ExportRequest(kind, fiscalYear, fundCode, grantId, null, null, null, locale);
  }

  /** The file name a download carries: kind, scope and language, no user text. */
  public String fileName() {
    StringBuilder name = new StringBuilder("fundtrack-").append(kind.slug());
    if (grantId != null && kind.perGrant()) {
      name.append("-grant-").append(grantId);
    }
    if (scope != null && scopeId != null && kind == ExportKind.SCORECARD) {
      name.append('-')
          .append(scope.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append('-')
          .append(scopeId);
    }
    if (reportId != null && kind == ExportKind.PROGRESS_REPORT) {
      name.append('-').append(reportId);
    }
    if (fiscalYear != null) {
      name.append('-').append(fiscalYear);
    }
    if (fundCode != null) {
      name.append('-').append(fundCode.replaceAll("[^A-Za-z0-9-]", ""));
    }
    return name.append('-')
        .append(locale.getLanguage())
        .append('.')
        .append(kind.extension())
        .toString();
  }
}
