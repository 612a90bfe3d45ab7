package org.fundtrack.reports.indicator;

import org.fundtrack.indicator.boundary.ResultEntry;
import org.fundtrack.indicator.control.ScorecardPolicy;
import org.fundtrack.reports.shared.ReportText;

/**
 * How a reported result shows to one reader of one document: the number in the document's format,
 * "&lt;5" when it counts too few people for a reader outside the reporting organisation, or the
 * qualitative answer.
 */
public final class ResultShown {

  private final int threshold;
  private final ReportText text;

  /** For a document in {@code text}'s language, with the suppression threshold now configured. */
  public ResultShown(int threshold, ReportText text) {
    this.threshold = threshold;
    this.text = text;
  }

  /** Whether a reported count is too small for this reader (never for its own organisation). */
  public boolean hidden(ResultEntry e, boolean ownOrganisation) {
    return !ownOrganisation && ScorecardPolicy.tooSmall(e.countsPeople(), e.value(), threshold);
  }

  /** The result as this reader may see it. */
  public String actual(ResultEntry e, boolean ownOrganisation) {
    if (e.value() == null) {
      return e.text() == null ? "" : e.text();
    }
    return hidden(e, ownOrganisation) ? "<" + threshold : text.number(e.value());
  }
}
