package org.fundtrack.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The page language for this session: starts from the browser's preference (English unless it
 * prefers French) and changes only by an explicit choice. Holds one short string, so the session
 * stays small and replicable.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  private String language;

  public String getLanguage() {
    if (language == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale requested =
          faces == null ? Locale.ENGLISH : faces.getApplication().getViewHandler().calculateLocale(faces);
      language = SupportedLanguage.of(requested.getLanguage()).code();
    }
    return language;
  }

  /** The locale pages are rendered in; formats follow Canada (en-CA, fr-CA). */
  public Locale getLocale() {
    return SupportedLanguage.of(getLanguage()).locale();
  }

  /** The BCP 47 tag of the formatting locale, for converters: en-CA or fr-CA. */
  public String getFormatTag() {
    return getLocale().toLanguageTag();
  }

  /** The other language, offered by the switch. */
  public SupportedLanguage getAlternative() {
    return SupportedLanguage.of(getLanguage()).other();
  }

  public void use(String code) {
    language = SupportedLanguage.of(code).code();
  }

  /** Switches to the other language and reloads the current page with its parameters. */
  public String switchLanguage() {
    use(getAlternative().code());
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(getLocale());
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
