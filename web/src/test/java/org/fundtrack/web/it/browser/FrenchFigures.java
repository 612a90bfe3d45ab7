package org.fundtrack.web.it.browser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.fundtrack.shared.money.MoneyFormat;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;

/**
 * Numbers as a French-speaking user types them and as French pages and documents must show them
 * back: each figure keeps the text typed beside the value it means, so a test compares what a page
 * shows with what was typed, never with what the product itself computed. Page text is compared
 * with its no-break and narrow no-break spaces read as spaces.
 */
final class FrenchFigures {

  static final Locale FR = Locale.CANADA_FRENCH;

  /** English words a French page must not show for these values. */
  private static final List<String> ENGLISH =
      List.of(
          "Approved",
          "Quarterly",
          "Under review",
          "Submitted",
          "Draft",
          "Accepted",
          "Not started",
          "People served",
          "Referrals to partner",
          "Salaries and benefits",
          "Trauma-informed",
          "No baseline",
          "No target",
          "Period 1");

  /** What was typed into a field and the value it stands for. */
  record Figure(String typed, BigDecimal value) {

    static Figure of(String typed, String value) {
      return new Figure(typed, new BigDecimal(value));
    }

    /** As a French page shows money: {@code 150 000,00 $}, spaces normalised. */
    String money() {
      return FrenchFigures.money(value);
    }

    /** As a French page shows a count: {@code 1 234}, spaces normalised. */
    String count() {
      return FrenchFigures.count(value);
    }
  }

  private FrenchFigures() {}

  static String money(BigDecimal value) {
    return spaces(MoneyFormat.format(value, FR));
  }

  static String count(BigDecimal value) {
    return spaces(NumberText.format(value, NumberKind.COUNT, FR));
  }

  static String percent(BigDecimal value) {
    return spaces(NumberText.format(value, NumberKind.PERCENT, FR)) + " %";
  }

  /** What a form field shows back for a money value (no dollar sign), spaces normalised. */
  static String moneyField(BigDecimal value) {
    return spaces(NumberText.format(value, NumberKind.MONEY, FR));
  }

  /** French digit groups use no-break and narrow no-break spaces; read them as spaces. */
  static String spaces(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /** The page or document text holds none of the English words for these values. */
  static void assertNoEnglish(SoftAssertions softly, String text, String where) {
    for (String word : ENGLISH) {
      softly.assertThat(text).as("English on the French " + where).doesNotContain(word);
    }
  }
}
