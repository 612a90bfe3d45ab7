package org.fundtrack.indicator.boundary;

import java.io.Serializable;
import org.fundtrack.indicator.entity.DimensionCode;

/** A dimension of the catalogue an indicator may be broken down by, with its names. */
public record DimensionOption(DimensionCode code, String nameEn, String nameFr)
    implements Serializable {

  public String name(boolean french) {
    return french ? nameFr : nameEn;
  }
}
