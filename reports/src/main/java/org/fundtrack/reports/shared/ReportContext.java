package org.fundtrack.reports.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fundtrack.shared.time.BusinessClock;

/**
 * What every report and workbook states about itself: the language it is written in, who produced
 * it and when, how fresh its data is, and the filters it was produced with (in the caller's order).
 * A document without these cannot be traced by an auditor, so none of them is optional.
 *
 * @param locale English or French ({@code en-CA}, {@code fr-CA}); decides labels and formats
 * @param zone the zone in which the produced-at and data-as-of instants are shown
 * @param producedBy the user who asked for the document
 * @param producedAt when the document was produced
 * @param dataAsOf the instant the data was read (the end of the reading transaction)
 * @param parameters the filters and choices behind the document, labels already in {@code locale}
 *     or keys of the report bundle
 */
public record ReportContext(
    Locale locale,
    ZoneId zone,
    String producedBy,
    Instant producedAt,
    Instant dataAsOf,
    List<Parameter> parameters) {

  /** The ministry's zone: Ontario. */

  /** One filter or choice, as a label and the value chosen. */
  public record Parameter(String label, String value) {
    public Parameter {
      Objects.requireNonNull(label, "label");
      value = value == null ? "" : value;
    }
  }

  public ReportContext {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(producedBy, "producedBy");
    Objects.requireNonNull(producedAt, "producedAt");
    Objects.requireNonNull(dataAsOf, "dataAsOf");
    parameters = List.copyOf(parameters);
  }

  /** A context in Ontario time with no parameters yet. */
  public static ReportContext of(
      Locale locale, String producedBy, Instant producedAt, Instant dataAsOf) {
    return new ReportContext(
        locale, BusinessClock.ONTARIO, producedBy, producedAt, dataAsOf, List.of());
  }

  /** This context with one more parameter after those already there. */
  public ReportContext withParameter(String label, String value) {
    List<Parameter> more = new ArrayList<>(parameters);
    more.add(new Parameter(label, value));
    return new ReportContext(locale, zone, producedBy, producedAt, dataAsOf, more);
  }
}
