package org.fundtrack.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;

/**
 * Canadian-dollar amounts as the Government of Canada writes them: {@code $1,234.56} in English,
 * {@code 1 234,56 $} in French (no-break spaces). Written out here rather than taken from the JDK's
 * locale data, which renders fr-CA as "1 234,56 $ CA". Exact: an amount with more than two decimals
 * is refused, never silently rounded. The digits are {@link NumberText}'s, as forms write them.
 */
public final class MoneyFormat {

  /** The no-break space French uses between digit groups and before the dollar sign. */
  public static final char NBSP = '\u00a0';

  private MoneyFormat() {}

  public static String format(BigDecimal amount, Locale locale) {
    if (amount == null) {
      return "";
    }
    BigDecimal cents = amount.setScale(2, RoundingMode.UNNECESSARY);
    boolean french = locale != null && "fr".equals(locale.getLanguage());
    String digits = NumberText.format(cents.abs(), NumberKind.MONEY, locale);
    String sign = cents.signum() < 0 ? "-" : "";
    return french ? sign + digits + NBSP + "$" : sign + "$" + digits;
  }
}
