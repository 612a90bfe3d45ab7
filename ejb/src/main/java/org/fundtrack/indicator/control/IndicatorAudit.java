package org.fundtrack.indicator.control;

import java.util.stream.Collectors;
import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.indicator.entity.Indicator;

/**
 * What the audit trail records of a catalogue indicator: its business columns by column name, its
 * dimensions as one field (codes in alphabetical order, so the same set always reads the same).
 * Bookkeeping columns (version, created_at, updated_at) are left out, as for grants.
 */
public final class IndicatorAudit {

  private IndicatorAudit() {}

  public static AuditedState of(Indicator i) {
    return AuditedState.of("Indicator", i.getId())
        .field("code", i.getCode())
        .field("name_en", i.getName().en())
        .field("name_fr", i.getName().fr())
        .field("unit", i.getUnit())
        .field("measure_type", i.getMeasureType())
        .field("direction", i.getDirection())
        .field("aggregatable", i.isAggregatable())
        .field("counts_people", i.isCountsPeople())
        .field("baseline_value", i.getBaselineValue())
        .field("baseline_year", i.getBaselineYear())
        .field("baseline_source_en", i.getBaselineSourceEn())
        .field("baseline_source_fr", i.getBaselineSourceFr())
        .field("active", i.isActive())
        .field("dimensions", dimensions(i))
        .build();
  }

  private static String dimensions(Indicator i) {
    return i.getDimensions().stream()
        .map(d -> d.getCode().name())
        .sorted()
        .collect(Collectors.joining(","));
  }
}
