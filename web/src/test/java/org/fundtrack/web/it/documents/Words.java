package org.fundtrack.web.it.documents;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.shared.text.DateText;

/**
 * What a document should say for a value of the database, in one language: the reports bundle's
 * words for a code, money and dates as the screens write them. Read from the bundle the documents
 * use, never typed into the tests, so a test compares the database with the document.
 */
final class Words {

  static final Locale EN = Locale.forLanguageTag("en-CA");
  static final Locale FR = Locale.forLanguageTag("fr-CA");

  private final Locale locale;
  private final ResourceBundle reports;

  Words(Locale locale) {
    this.locale = locale;
    this.reports =
        ResourceBundle.getBundle(
            "org.fundtrack.reports.reports",
            "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  boolean french() {
    return "fr".equals(locale.getLanguage());
  }

  String word(String key) {
    return reports.getString(key);
  }

  String money(Object amount) {
    return MoneyFormat.format(((BigDecimal) amount).setScale(2), locale);
  }

  String date(Object date) {
    LocalDate day = date instanceof Date d ? d.toLocalDate() : (LocalDate) date;
    return DateText.format(day, locale);
  }

  /** "2024-25" / "2024-2025". */
  String fiscalYear(int startYear) {
    return french()
        ? startYear + "-" + (startYear + 1)
        : startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }

  /** Text with every kind of space as a plain one: PDF text carries no-break spaces. */
  static String spaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }
}
