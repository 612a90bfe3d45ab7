package org.fundtrack.audit.boundary;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.shared.text.DateText;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Puts audit entries in plain English or French, the same on the grant page and in the auditors'
 * workbooks: what was done ("Payment recorded"), to which record ("Instalment 2"), what changed
 * from what to what ("Status changed from Planned to Paid"), with amounts, dates and statuses in
 * words and ids replaced by the names they stand for. The words are in one bundle of this package
 * ({@code words.properties}, {@code words_fr.properties}) so that every reader of the trail says
 * the same thing.
 */
public final class AuditWords {

  static final String BUNDLE = "org.fundtrack.audit.boundary.words";

  private final Locale locale;
  private final boolean french;
  private final ResourceBundle words;

  public AuditWords(Locale locale) {
    this.locale = locale;
    this.french = "fr".equals(locale.getLanguage());
    this.words =
        ResourceBundle.getBundle(
            BUNDLE,
            french ? Locale.FRENCH : Locale.ROOT,
            AuditWords.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** What was done: "Approved", "Payment recorded". */
  public String action(String code) {
    return word("action." + code, code);
  }

  /** The kind of record: "Payment instalment". */
  public String recordType(String entityType) {
    return word("type." + entityType, entityType);
  }

  /** The record by its number or name: "Instalment 2", "Budget for Salaries and benefits". */
  public String record(AuditSubject subject) {
    String type = recordType(subject.entityType());
    if (!subject.found()) {
      return format("subject.removed", type);
    }
    String label = french ? subject.labelFr() : subject.labelEn();
    String key = "subject." + subject.entityType();
    return label == null || !words.containsKey(key) ? type : format(key, label);
  }

  /** The record with the grant it belongs to: "AHT-2024-0001 — Instalment 2". */
  public String recordOfGrant(AuditSubject subject) {
    String record = record(subject);
    return subject.grantReference() == null || "GrantAgreement".equals(subject.entityType())
        ? record
        : subject.grantReference() + " — " + record;
  }

  /** What changed: "Status changed from Planned to Paid"; empty for an entry without a field. */
  public String change(AuditEntryView entry) {
    if (entry.fieldName() == null) {
      return "";
    }
    String field = word("field." + entry.fieldName(), entry.fieldName());
    String type = entry.entityType();
    if (entry.before().isNull()) {
      return format("change.set", field, value(type, entry.fieldName(), entry.after()));
    }
    if (entry.after().isNull()) {
      return format("change.cleared", field, value(type, entry.fieldName(), entry.before()));
    }
    return format(
        "change.changed",
        field,
        value(type, entry.fieldName(), entry.before()),
        value(type, entry.fieldName(), entry.after()));
  }

  /** Why, as the user said: "Reason: budget reduced". */
  public String reason(String reason) {
    return format("reason", reason);
  }

  /** One recorded value in words: "$63,172.60", "April 1, 2024", "Planned", "Olivia Grant". */
  public String value(String entityType, String field, AuditValue value) {
    if (value.isNull()) {
      return "";
    }
    String raw = value.raw();
    try {
      return switch (value.kind()) {
        case TEXT -> format("value.quoted", raw);
        case MONEY -> MoneyFormat.format(new BigDecimal(raw), locale);
        case PERCENT -> percent(raw);
        case DATE -> DateText.format(LocalDate.parse(raw), locale);
        case INSTANT -> instant(Instant.parse(raw));
        case NUMBER -> NumberText.format(new BigDecimal(raw), locale);
        case BYTES ->
            format("value.bytes", NumberText.format(new BigDecimal(raw), NumberKind.COUNT, locale));
        case YES_NO -> word("true".equals(raw) ? "value.yes" : "value.no", raw);
        case CODE -> code(entityType, field, raw);
        default -> reference(value);
      };
    } catch (NumberFormatException | DateTimeParseException unreadable) {
      return format("value.quoted", raw);
    }
  }

  private String code(String entityType, String field, String raw) {
    String own = "value." + entityType + "." + field + "." + raw;
    if (words.containsKey(own)) {
      return words.getString(own);
    }
    return word("value." + field + "." + raw, raw);
  }

  private String reference(AuditValue value) {
    if (!value.found()) {
      return format("ref.removed", word("ref." + value.kind(), value.kind().name()), value.raw());
    }
    String name = french ? value.nameFr() : value.nameEn();
    String key = "ref.named." + value.kind();
    return words.containsKey(key) ? format(key, name) : name;
  }

  /** When, in Ontario: "December 3, 2026, 06:58" / "3 décembre 2026 à 6 h 58". */
  public String when(Instant at) {
    return at == null ? "" : instant(at);
  }

  /** The language these words are in. */
  public Locale locale() {
    return locale;
  }

  private String instant(Instant at) {
    ZonedDateTime there = at.atZone(BusinessClock.ONTARIO);
    String time = DateTimeFormatter.ofPattern(french ? "H' h 'mm" : "HH:mm", locale).format(there);
    return format("value.instant", DateText.format(there.toLocalDate(), locale), time);
  }

  /** "10%" / "10 %", with the recorded decimals when there are any ("12.5%"). */
  private String percent(String raw) {
    return NumberText.percent(new BigDecimal(raw), locale);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(words.getString(key), locale).format(arguments);
  }

  /**
   * The words for {@code key}; for a code the bundle does not know yet, the code itself with its
   * underscores as spaces, so that a new action reads "Start review" rather than failing the page.
   */
  private String word(String key, String code) {
    if (words.containsKey(key)) {
      return words.getString(key);
    }
    String spaced = code.replace('_', ' ').toLowerCase(locale);
    return spaced.isEmpty()
        ? spaced
        : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
