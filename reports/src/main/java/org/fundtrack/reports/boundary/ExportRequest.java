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

  /**
   * The file name a download carries: kind, what the document is about ({@code about}: a grant's
   * reference, a report's period; null for none), year, fund and language; no user text and no
   * internal id.
   */
  public String fileName(String about) {
    StringBuilder name = new StringBuilder("fundtrack-").append(kind.slug());
    if (about != null && !about.isBlank()) {
      name.append('-').append(safe(about));
    }
    if (fiscalYear != null) {
      name.append('-').append(fiscalYear);
    }
    if (fundCode != null) {
      name.append('-').append(safe(fundCode));
    }
    return name.append('-')
        .append(locale.getLanguage())
        .append('.')
        .append(kind.extension())
        .toString();
  }

  private static String safe(String part) {
    return part.replaceAll("[^A-Za-z0-9-]", "");
  }
}
