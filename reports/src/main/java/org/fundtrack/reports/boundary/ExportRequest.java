package org.fundtrack.reports.boundary;

import java.io.Serializable;
import java.util.Locale;

/**
 * What to produce: the kind, the fiscal year (start year; required for the fund summary and the
 * budget workbook, optional otherwise), a fund code (optional), a grant (for per-grant kinds) and
 * the language.
 */
public record ExportRequest(
    ExportKind kind, Integer fiscalYear, String fundCode, Long grantId, Locale locale)
    implements Serializable {

  /** The file name a download carries: kind, scope and language, no user text. */
  public String fileName() {
    StringBuilder name = new StringBuilder("fundtrack-").append(kind.slug());
    if (grantId != null && kind.perGrant()) {
      name.append("-grant-").append(grantId);
    }
    if (fiscalYear != null) {
      name.append('-').append(fiscalYear);
    }
    if (fundCode != null) {
      name.append('-').append(fundCode.replaceAll("[^A-Za-z0-9-]", ""));
    }
    return name.append('-').append(locale.getLanguage()).append('.').append(kind.extension())
        .toString();
  }
}
