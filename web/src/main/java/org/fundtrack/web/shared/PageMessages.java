package org.fundtrack.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Page-level messages worded from the {@code msg} bundle, kept across the redirect that follows a
 * successful POST (flash), so a confirmation survives post-redirect-get.
 */
public final class PageMessages {

  private PageMessages() {}

  /** An information message from {@code key} with its arguments, in {@code locale}. */
  public static void info(Locale locale, String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, word(key, locale, args));
  }

  /**
   * An information message from {@code key} with its arguments, in {@code locale}, for this
   * response only: an AJAX answer that no redirect follows (kept, it would show again on the next
   * page).
   */
  public static void infoNow(Locale locale, String key, Object... args) {
    String text = word(key, locale, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** An error message from {@code key} with its arguments, in {@code locale}. */
  public static void error(Locale locale, String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, word(key, locale, args));
  }

  /** The text of {@code key} in the {@code msg} bundle, with its arguments. */
  public static String word(String key, Locale locale, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Sends the browser to {@code path} (within the application) and ends this response. */
  public static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
