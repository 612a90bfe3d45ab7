package org.fundtrack.indicator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The small-count rule, in one place: a count about people below the configured threshold ({@code
 * fundtrack.suppression.threshold}, 5) is withheld from every reader outside the organisation that
 * reported it. Services hand out {@link ReportedFigure}s made here, so a caller only renders what
 * it was given. Holds configuration only, the same on every instance.
 */
@ApplicationScoped
public class SmallCounts {

  @Inject
  @ConfigProperty(name = "fundtrack.suppression.threshold", defaultValue = "5")
  int threshold;

  public int threshold() {
    return threshold;
  }

  /** The figure as a reader in ({@code ownOrganisation}) or outside the reporting one sees it. */
  public ReportedFigure figure(
      boolean countsPeople, BigDecimal value, String text, boolean ownOrganisation) {
    return of(countsPeople, value, text, ownOrganisation, threshold);
  }

  /** The rule with an explicit threshold, for plain unit tests and the scorecard's cells. */
  public static ReportedFigure of(
      boolean countsPeople, BigDecimal value, String text, boolean ownOrganisation, int threshold) {
    boolean withheld = !ownOrganisation && ScorecardPolicy.tooSmall(countsPeople, value, threshold);
    return new ReportedFigure(withheld ? null : value, text, withheld, threshold);
  }
}
