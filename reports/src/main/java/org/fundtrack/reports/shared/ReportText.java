package org.fundtrack.reports.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.fundtrack.budget.entity.FiscalYear;
import org.fundtrack.shared.text.DateText;
import org.fundtrack.shared.text.NumberText;

/**
 * The words of reports and workbooks in one language, from the {@code reports} bundle (English in
 * the base file, French in {@code _fr}). The bundle is loaded without falling back to the server's
 * default locale, so an English document stays English on a French-speaking server.
 */
public final class ReportText {

  static final String BUNDLE = "org.fundtrack.reports.reports";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** French typography: "15 h 39", hours without a leading zero. */
  private static final DateTimeFormatter TIME_FR = DateTimeFormatter.ofPattern("H' h 'mm");

  /** The no-break space French puts before a colon, so the colon never starts a line. */
  private static final String NBSP = "\u00a0";

  private final ReportContext context;
  private final ResourceBundle bundle;

  public ReportText(ReportContext context) {
    this.context = context;
    this.bundle = bundle(context.locale());
  }

  /** The reports bundle for a locale: French for any French locale, English otherwise. */
  public static ResourceBundle bundle(Locale locale) {
    Locale language = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ReportText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public ReportContext context() {
    return context;
  }

  /** Whether the document is in French. */
  public boolean french() {
    return "fr".equals(context.locale().getLanguage());
  }

  /** A fiscal year named by its start year: "2024-25" / "2024-2025". */
  public String fiscalYear(int startYear) {
    return FiscalYear.label(startYear, context.locale());
  }

  /** The fiscal years a term overlaps, in order: "2024-25, 2025-26". */
  public String fiscalYears(LocalDate start, LocalDate end) {
    List<String> labels = new ArrayList<>();
    for (int y = FiscalYear.containing(start); y <= FiscalYear.containing(end); y++) {
      labels.add(fiscalYear(y));
    }
    return String.join(", ", labels);
  }

  /** A date in words: "April 1, 2024" / "1er avril 2024". */
  public String date(LocalDate date) {
    return DateText.format(date, context.locale());
  }

  /** The Ontario day of an instant (null stays null). */
  public LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(context.zone()).toLocalDate();
  }

  /** "April 1, 2024 – September 30, 2024". */
  public String dateRange(LocalDate start, LocalDate end) {
    return date(start) + " – " + date(end);
  }

  /** A reporting period by number: "Period 3" / "Période 3". */
  public String period(int number) {
    return get("report.periodNo") + " " + number;
  }

  /** A reporting period in words: "Period 1 (April 1, 2024 – September 30, 2024)". */
  public String period(int number, LocalDate start, LocalDate end) {
    return period(number) + " (" + dateRange(start, end) + ")";
  }

  /** A budget line by its fund's name and year: "Community Supports Fund 2024-25". */
  public String budgetLine(String fundName, int fiscalYear) {
    return fundName + " " + fiscalYear(fiscalYear);
  }

  /**
   * A number that is not money, in the document's format, exactly as recorded: "12.5" / "12,5" (the
   * pages' and the API's writing, {@link NumberText}).
   */
  public String number(BigDecimal value) {
    return NumberText.format(value, context.locale());
  }

  /** The text for a key; a missing key fails loudly rather than printing the key to an auditor. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /** A label followed by its colon: "Fiscal year: " / "Exercice : " (space before the colon). */
  public String labelled(String label) {
    return label + (french() ? NBSP + ": " : ": ");
  }

  /** A time of day: "15:39" / "15 h 39". */
  public String time(ZonedDateTime at) {
    return (french() ? TIME_FR : TIME).format(at);
  }

  /**
   * An indicator's unit in words ("count" is "Number" / "Nombre"); a unit the bundle does not know
   * is shown as the administrator typed it.
   */
  public String unit(String unit) {
    if (unit == null) {
      return "";
    }
    String key = "indicator.unit." + unit;
    return bundle.containsKey(key) ? bundle.getString(key) : unit;
  }

  /** The text for a key, or the given text itself when it is not a key (caller-made labels). */
  public String labelOrSelf(String keyOrLabel) {
    try {
      return bundle.getString(keyOrLabel);
    } catch (MissingResourceException notAKey) {
      return keyOrLabel;
    }
  }

  /**
   * An instant as a date in words and a time, in the context's zone: "April 1, 2024, 14:05 EDT" /
   * "1er avril 2024 à 14 h 05 HAE".
   */
  public String instant(Instant instant) {
    ZonedDateTime at = instant.atZone(context.zone());
    String zone = DateTimeFormatter.ofPattern("zzz", context.locale()).format(at);
    String separator = "fr".equals(context.locale().getLanguage()) ? " à " : ", ";
    return DateText.format(at.toLocalDate(), context.locale()) + separator + time(at) + " " + zone;
  }

  /** "Produced by jdoe on April 1, 2024, 14:05 EDT". */
  public String producedLine() {
    return get("common.producedBy")
        + " "
        + context.producedBy()
        + " "
        + get("common.producedOn")
        + " "
        + instant(context.producedAt());
  }

  /** "Data as of April 1, 2024, 14:00 EDT". */
  public String dataAsOfLine() {
    return get("common.dataAsOf") + " " + instant(context.dataAsOf());
  }

  /** "Fiscal year: 2024-25 · Fund: …", or "Parameters: none". */
  public String parametersLine() {
    if (context.parameters().isEmpty()) {
      return labelled(get("common.parameters")) + get("common.none");
    }
    return context.parameters().stream()
        .map(p -> labelled(labelOrSelf(p.label())) + p.value())
        .collect(Collectors.joining(" · "));
  }
}
