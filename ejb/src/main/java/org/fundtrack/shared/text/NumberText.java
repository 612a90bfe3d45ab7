package org.fundtrack.shared.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundtrack.shared.text.UnreadableNumber.Reason;

/**
 * Numbers as people write them in each official language: {@code 150,000.00} in English, {@code 150
 * 000,00} in French (a space, no-break space or narrow no-break space between thousands, a comma
 * before the decimals). One reading and one writing for every form, so that what a form shows back
 * is read again as the same number, and the one writing of numbers for pages, API texts and
 * documents (money adds its sign in {@code MoneyFormat}).
 *
 * <p>It never guesses: text that the other convention would read differently ({@code 1,500} or
 * {@code 1.500} in French, {@code 1,5} in English) is refused, as is a decimal more than the kind
 * allows, so a value is never scaled or rounded on its way in.
 */
public final class NumberText {

  /** The no-break space French writes between digit groups. */
  public static final char NBSP = '\u00a0';

  private static final int MAX_LENGTH = 40;
  private static final String SPACES = " \\u00a0\\u202f";
  private static final Pattern EDGES =
      Pattern.compile("^[\\s" + SPACES + "]+|[\\s" + SPACES + "]+$");
  private static final Pattern FRENCH =
      Pattern.compile("(\\d+|\\d{1,3}(?:[" + SPACES + "]\\d{3})+)(?:,(\\d+))?");
  private static final Pattern ENGLISH =
      Pattern.compile("(\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d+))?");
  private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
  private static final Pattern LONE_GROUP = Pattern.compile("[1-9]\\d{0,2}");

  private NumberText() {}

  /** {@code value} as a form shows it in {@code locale}; exact (never rounds); "" for null. */
  public static String format(BigDecimal value, NumberKind kind, Locale locale) {
    if (value == null) {
      return "";
    }
    int scale = Math.max(value.stripTrailingZeros().scale(), 0);
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(isFrench(locale) ? NBSP : ',');
    symbols.setDecimalSeparator(isFrench(locale) ? ',' : '.');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(kind.minDecimals());
    format.setMaximumFractionDigits(Math.max(kind.maxDecimals(), scale));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(value);
  }

  /**
   * A number that is not money (an indicator value, a count, a share in millions) exactly as
   * recorded, without padding decimals: {@code 1,234.5} / {@code 1 234,5}; "" for null. Pages, API
   * texts, audit lines and documents all write numbers here, so a value reads the same everywhere.
   */
  public static String format(BigDecimal value, Locale locale) {
    return format(value, NumberKind.MEASURE, locale);
  }

  /**
   * A percentage as recorded, in each language's typography: {@code 12.5%} / {@code 12,5 %} (a
   * no-break space before the sign in French); "" for null.
   */
  public static String percent(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    String digits = format(value, locale);
    return isFrench(locale) ? digits + NBSP + "%" : digits + "%";
  }

  /** The kind's example value written for {@code locale}, to show the expected form. */
  public static String example(NumberKind kind, Locale locale) {
    return format(kind.example(), kind, locale);
  }

  /**
   * The number {@code text} means in {@code locale}, with the kind's scale for money and
   * percentages. A dollar sign (money) or per-cent sign (percentages) and a leading minus are
   * allowed; the caller's validation decides whether a negative value is.
   *
   * @throws UnreadableNumber when the text is not one number in the locale's form
   */
  public static BigDecimal parse(String text, NumberKind kind, Locale locale) {
    String body = withoutSymbol(EDGES.matcher(text == null ? "" : text).replaceAll(""), kind);
    boolean negative = body.startsWith("-") || body.startsWith("\u2212");
    if (negative) {
      body = body.substring(1);
    }
    if (body.isEmpty() || body.length() > MAX_LENGTH) {
      throw malformed();
    }
    String[] parts = isFrench(locale) ? french(body, kind) : english(body, kind);
    String integer = parts[0].replaceAll("[^0-9]", "");
    String decimals = parts[1] == null ? "" : parts[1];
    if (decimals.length() > kind.maxDecimals()) {
      throw new UnreadableNumber(Reason.TOO_MANY_DECIMALS, List.of());
    }
    BigDecimal value = new BigDecimal(decimals.isEmpty() ? integer : integer + "." + decimals);
    value = negative ? value.negate() : value;
    return kind.minDecimals() > 0 ? value.setScale(kind.minDecimals()) : value;
  }

  /** Integer digits (with their group spaces) and decimals of a French number. */
  private static String[] french(String body, NumberKind kind) {
    Matcher m = FRENCH.matcher(body);
    if (m.matches()) {
      refuseLoneGroup(m, kind, body.replace(",", "."), body.replace(",", ""));
      return new String[] {m.group(1), m.group(2)};
    }
    List<String> readings = new ArrayList<>();
    if (ENGLISH.matcher(body).matches()) {
      readings.add(body.replace(",", ""));
    }
    if (DOT_GROUPS.matcher(body).matches()) {
      readings.add(body.replace(".", "").replace(',', '.'));
    }
    throw refusal(kind, readings);
  }

  /** Integer digits (with their group commas) and decimals of an English number. */
  private static String[] english(String body, NumberKind kind) {
    Matcher m = ENGLISH.matcher(body);
    if (m.matches()) {
      refuseLoneGroup(m, kind, body.replace(",", ""), body.replace(".", "").replace(",", ""));
      return new String[] {m.group(1), m.group(2)};
    }
    List<String> readings = new ArrayList<>();
    if (FRENCH.matcher(body).matches()) {
      readings.add(body.replaceAll("[" + SPACES + "]", "").replace(',', '.'));
    }
    throw refusal(kind, readings);
  }

  /**
   * "1,500" in French or "1.500" in English: one to three digits, then exactly three after the
   * decimal mark, reads as decimals here and as thousands in the other language. Where the kind
   * could not take the three decimals anyway, the decimals check refuses it with its own message.
   */
  private static void refuseLoneGroup(
      Matcher m, NumberKind kind, String asDecimals, String asThousands) {
    boolean loneGroup =
        m.group(2) != null && m.group(2).length() == 3 && LONE_GROUP.matcher(m.group(1)).matches();
    if (loneGroup
        && new BigDecimal(asDecimals).stripTrailingZeros().scale() <= kind.maxDecimals()) {
      throw refusal(kind, List.of(asDecimals, asThousands));
    }
  }

  /**
   * Ambiguous when the text could mean one or more values the kind allows (each offered back in the
   * right form), otherwise malformed.
   */
  private static UnreadableNumber refusal(NumberKind kind, List<String> readings) {
    List<BigDecimal> values = new ArrayList<>();
    for (String reading : readings) {
      BigDecimal value = new BigDecimal(reading.replaceAll("[" + SPACES + "]", ""));
      boolean fits = Math.max(value.stripTrailingZeros().scale(), 0) <= kind.maxDecimals();
      if (fits && values.stream().noneMatch(v -> v.compareTo(value) == 0)) {
        values.add(value);
      }
    }
    return new UnreadableNumber(values.isEmpty() ? Reason.MALFORMED : Reason.AMBIGUOUS, values);
  }

  private static String withoutSymbol(String text, NumberKind kind) {
    String symbol = kind == NumberKind.MONEY ? "$" : kind == NumberKind.PERCENT ? "%" : null;
    if (symbol == null) {
      return text;
    }
    String s = text.startsWith(symbol) ? text.substring(1) : text;
    s = s.endsWith(symbol) ? s.substring(0, s.length() - 1) : s;
    return EDGES.matcher(s).replaceAll("");
  }

  private static UnreadableNumber malformed() {
    return new UnreadableNumber(Reason.MALFORMED, List.of());
  }

  private static boolean isFrench(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage());
  }
}
