package org.fundtrack.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.fundtrack.indicator.boundary.DimensionOption;
import org.fundtrack.indicator.boundary.IndicatorCatalogueService;
import org.fundtrack.indicator.boundary.IndicatorInput;
import org.fundtrack.indicator.boundary.IndicatorRow;
import org.fundtrack.indicator.boundary.IndicatorWords;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.MeasureType;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.web.i18n.LocaleSelection;
import org.fundtrack.web.shared.FormErrors;
import org.fundtrack.web.shared.PageMessages;
import org.primefaces.model.LazyDataModel;

/**
 * Backs the indicator catalogue page: a lazy list paged by the service, and a create/edit dialog
 * whose save is refused whole, with each error on its field, when anything is wrong. The view keeps
 * the form being edited and the four dimensions, nothing of the list.
 */
@Named
@ViewScoped
public class IndicatorCatalogueView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "indicatorForm:";
  private static final Map<String, String> INPUT_FIELDS =
      Map.ofEntries(
          Map.entry("code", FORM + "code"),
          Map.entry("nameEn", FORM + "nameEn"),
          Map.entry("nameFr", FORM + "nameFr"),
          Map.entry("unit", FORM + "unit"),
          Map.entry("measureType", FORM + "measureType"),
          Map.entry("direction", FORM + "direction"),
          Map.entry("dimensions", FORM + "dimensions"),
          Map.entry("baselineValue", FORM + "baselineValue"),
          Map.entry("valueGivenWithYear", FORM + "baselineValue"),
          Map.entry("baselineYear", FORM + "baselineYear"),
          Map.entry("yearGivenWithValue", FORM + "baselineYear"),
          Map.entry("baselineSourceEn", FORM + "baselineSourceEn"),
          Map.entry("sourceGivenWithBaseline", FORM + "baselineSourceEn"),
          Map.entry("baselineSourceFr", FORM + "baselineSourceFr"));
  private static final Map<String, String> RULE_FIELDS =
      Map.of(
          "indicator.catalogue.codeTaken", FORM + "code",
          "indicator.catalogue.dimensionUnknown", FORM + "dimensions",
          "indicator.catalogue.meaningFixed", FORM + "measureType",
          "indicator.notSummable", FORM + "aggregatable",
          "indicator.peopleNotCounted", FORM + "countsPeople",
          "indicator.qualitativeHasDirection", FORM + "direction",
          "indicator.baseline.qualitative", FORM + "baselineValue",
          "indicator.value.negative", FORM + "baselineValue",
          "indicator.value.percentAbove100", FORM + "baselineValue");

  @EJB private IndicatorCatalogueService service;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleSelection localeSelection;
  @Inject private FormErrors formErrors;

  private final IndicatorLazyModel indicators = new IndicatorLazyModel(this);
  private IndicatorForm form = IndicatorForm.blank();
  private List<DimensionOption> dimensionOptions;

  /** Opens the dialog empty, for a new indicator. */
  public void startCreate() {
    form = IndicatorForm.blank();
  }

  /** Opens the dialog on an indicator as the list read it (its version with it). */
  public void startEdit(IndicatorRow row) {
    form = IndicatorForm.of(row);
  }

  /** Creates or changes the indicator in the dialog; on an error the dialog stays open. */
  public void save() {
    IndicatorInput input = form.toInput();
    if (!formErrors.check(input, INPUT_FIELDS, locale())) {
      return;
    }
    try {
      if (form.isNew()) {
        service.create(currentUser.require(), input);
        info("indicator.catalogue.created", input.code());
      } else {
        service.update(currentUser.require(), form.getId(), form.getVersion(), input);
        info("indicator.catalogue.saved", form.getCode());
      }
    } catch (BusinessRuleViolation broken) {
      formErrors.reject(RULE_FIELDS.get(broken.getMessageKey()), broken.message(locale()));
    }
  }

  /** The dimensions of a row in words, in the catalogue's order: "Region, Gender". */
  public String dimensions(IndicatorRow row) {
    boolean french = isFrench();
    return getDimensionOptions().stream()
        .filter(o -> row.dimensions().contains(o.code()))
        .map(o -> o.name(french))
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  /** A fiscal year by its start year, as the page's language writes it: "2019-20". */
  public String fiscalYear(int startYear) {
    return words().fiscalYear(startYear);
  }

  public String name(IndicatorRow row) {
    return row.name(isFrench());
  }

  public String dimensionName(DimensionOption option) {
    return option.name(isFrench());
  }

  public List<DimensionOption> getDimensionOptions() {
    if (dimensionOptions == null) {
      dimensionOptions = service.dimensionOptions();
    }
    return dimensionOptions;
  }

  /** The fiscal years a baseline may be from, by start year. */
  public List<Integer> getBaselineYears() {
    return IntStream.rangeClosed(2000, 2099).boxed().toList();
  }

  public List<String> getUnits() {
    return Indicator.UNITS;
  }

  public MeasureType[] getMeasureTypes() {
    return MeasureType.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  IndicatorCatalogueService service() {
    return service;
  }

  public LazyDataModel<IndicatorRow> getIndicators() {
    return indicators;
  }

  public IndicatorForm getForm() {
    return form;
  }

  private boolean isFrench() {
    return "fr".equals(locale().getLanguage());
  }

  private IndicatorWords words() {
    return new IndicatorWords(locale());
  }

  private Locale locale() {
    return localeSelection.getLocale();
  }

  private void info(String key, Object... args) {
    PageMessages.infoNow(locale(), key, args);
  }
}
