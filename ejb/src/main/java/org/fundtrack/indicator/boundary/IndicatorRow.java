package org.fundtrack.indicator.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.MeasureType;

/**
 * One catalogue indicator as the administration page lists and edits it, with the version it was
 * read at (an edit made from it is refused once someone else saved the indicator).
 *
 * @param dimensions the dimensions it may be broken down by, in the catalogue's order
 */
public record IndicatorRow(
    long id,
    String code,
    String nameEn,
    String nameFr,
    String unit,
    MeasureType measureType,
    Direction direction,
    List<DimensionCode> dimensions,
    boolean aggregatable,
    boolean countsPeople,
    boolean active,
    BigDecimal baselineValue,
    Integer baselineYear,
    String baselineSourceEn,
    String baselineSourceFr,
    long version)
    implements Serializable {

  public IndicatorRow {
    dimensions = List.copyOf(dimensions);
  }

  public String name(boolean french) {
    return french ? nameFr : nameEn;
  }

  /** The catalogue's baseline as the grant pages read it; null when there is none. */
  public GrantIndicatorView.Baseline baseline() {
    return baselineValue == null || baselineYear == null
        ? null
        : new GrantIndicatorView.Baseline(
            baselineValue, baselineYear, baselineSourceEn, baselineSourceFr, false);
  }
}
