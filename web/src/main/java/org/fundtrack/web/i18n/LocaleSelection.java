package org.fundtrack.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.fundtrack.security.boundary.PreferenceService;

/**
 * The page language for this session: starts from the browser's preference (English unless it
 * prefers French) and changes only by an explicit choice. Holds one short string, so the session
 * stays small and replicable.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PreferenceService preferences;

  private String language;

  /** The user whose saved preference was applied to this session, so it is read only once. */
  private String preferenceAppliedFor;

  public String getLanguage() {
    applySavedPreference();
    if (language == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale requested =
          faces == null
              ? Locale.ENGLISH
              : faces.getApplication().getViewHandler().calculateLocale(faces);
      language = SupportedLanguage.of(requested.getLanguage()).code();
    }
    return language;
  }

  /**
   * The language this session has settled on, or null before its first page: read without the
   * database, for pages shown while it is away.
   */
  public String settledLanguage() {
    return language;
  }

  /** The locale pages are rendered in; formats follow Canada (en-CA, fr-CA). */
  public Locale getLocale() {
    return SupportedLanguage.of(getLanguage()).locale();
  }

  /** The other language, offered by the switch. */
  public SupportedLanguage getAlternative() {
    return SupportedLanguage.of(getLanguage()).other();
  }

  public void use(String code) {
    language = SupportedLanguage.of(code).code();
  }

  /** Switches to the other language, remembers it for the user, and reloads the current page. */
  public String switchLanguage() {
    use(getAlternative().code());
    if (signedInUser() != null) {
      preferences.savePreferredLanguage(language);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(getLocale());
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }

  /**
   * The first request after sign-in takes the user's saved language (the login page could only
   * follow the browser); later choices are saved as they are made.
   */
  private void applySavedPreference() {
    String user = signedInUser();
    if (user != null && !user.equals(preferenceAppliedFor)) {
      preferenceAppliedFor = user;
      preferences.preferredLanguage().ifPresent(this::use);
    }
  }

  private static String signedInUser() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getExternalContext().getUserPrincipal() == null) {
      return null;
    }
    return faces.getExternalContext().getUserPrincipal().getName();
  }
}
