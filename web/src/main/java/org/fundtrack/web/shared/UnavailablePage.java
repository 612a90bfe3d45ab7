package org.fundtrack.web.shared;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The "temporarily unavailable" page as plain HTML, with the application's stylesheet and no
 * script: it must render while the database, and so every page of the master template, is away.
 */
final class UnavailablePage {

  private UnavailablePage() {}

  static String html(ResourceBundle messages, Locale locale, String contextPath) {
    String title = escape(messages.getString("error.unavailable.title"));
    return "<!DOCTYPE html>\n<html lang=\""
        + locale.getLanguage()
        + "\"><head><meta charset=\"UTF-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        + "<title>"
        + title
        + " – FundTrack</title>"
        + "<link rel=\"stylesheet\" href=\""
        + contextPath
        + "/jakarta.faces.resource/css/fundtrack.css.xhtml?ln=app\"/></head>"
        + "<body><main id=\"content\" class=\"unavailable\"><h1>"
        + title
        + "</h1><p>"
        + escape(messages.getString("error.unavailable.text"))
        + "</p><p><a href=\""
        + contextPath
        + "/\">"
        + escape(messages.getString("error.unavailable.retry"))
        + "</a></p></main></body></html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
