package org.fundtrack.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String text = new MessageFormat(bundle.getString(key), locale).format(args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
