package org.fundtrack.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.fundtrack.shared.text.NumberKind;
import org.fundtrack.shared.text.NumberText;
import org.fundtrack.shared.text.UnreadableNumber;

/**
 * The one way a page reads and writes a number a person types: {@link NumberText} in the page's
 * language, so that a value shown back after a failed submit ({@code 150 000,00} in French) is read
 * again as the same number. Text it cannot read one way is refused with a message in the page's
 * language that shows the expected form; nothing is rounded or scaled. Each kind of number has its
 * converter id ({@code fundtrack.amount}, {@code .percent}, {@code .count}, {@code .measure}, and
 * {@code .indicator}, which follows the indicator's unit); every input that uses one carries the
 * style class {@value #MARKER}, which the tests look for.
 */
public abstract class NumberInputConverter implements Converter<BigDecimal> {

  /** The style class of every number input. */
  public static final String MARKER = "ft-number";

  private final NumberKind kind;

  protected NumberInputConverter(NumberKind kind) {
    this.kind = kind;
  }

  /** The kind of number {@code component} takes; the converter's own unless it depends on a row. */
  protected NumberKind kind(UIComponent component) {
    return kind;
  }

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Locale locale = context.getViewRoot().getLocale();
    NumberKind kind = kind(component);
    try {
      return NumberText.parse(value, kind, locale);
    } catch (UnreadableNumber refused) {
      ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
      String text = message(bundle, locale, kind, value.strip(), refused);
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return NumberText.format(value, kind(component), context.getViewRoot().getLocale());
  }

  /** Why {@code typed} was refused, with the form to write instead, from the {@code msg} bundle. */
  static String message(
      ResourceBundle bundle, Locale locale, NumberKind kind, String typed, UnreadableNumber why) {
    String example = NumberText.example(kind, locale);
    String key =
        switch (why.reason()) {
          case MALFORMED -> "form.number.malformed";
          case AMBIGUOUS -> "form.number.ambiguous";
          case TOO_MANY_DECIMALS ->
              kind.maxDecimals() == 0 ? "form.number.whole" : "form.number.decimals";
        };
    String meant =
        why.readings().stream()
            .map(v -> NumberText.format(v, kind, locale))
            .collect(Collectors.joining(" " + bundle.getString("form.number.or") + " "));
    Object[] args = {
      typed,
      why.readings().isEmpty() ? example : meant,
      bundle.getString("form.number.rule"),
      kind.maxDecimals()
    };
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
