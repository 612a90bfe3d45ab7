package org.fundtrack.reports.indicator;

import org.fundtrack.indicator.control.ReportedFigure;
import org.fundtrack.reports.shared.ReportText;

/**
 * How a reported figure shows in one document: the number in the document's format, "&lt;5" when
 * the service withheld it from this reader, or the qualitative answer. It renders what it is given
 * and decides nothing: the small-count rule was applied by the service that read the figure.
 */
public final class ResultShown {

  private final ReportText text;

  /** For a document in {@code text}'s language. */
  public ResultShown(ReportText text) {
    this.text = text;
  }

  /** The figure as this reader may see it. */
  public String actual(ReportedFigure figure) {
    if (figure.withheld()) {
      return "<" + figure.threshold();
    }
    if (figure.value() == null) {
      return figure.text() == null ? "" : figure.text();
    }
    return text.number(figure.value());
  }
}
