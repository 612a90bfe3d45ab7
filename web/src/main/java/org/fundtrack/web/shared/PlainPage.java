package org.fundtrack.web.shared;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An error page as plain HTML, with the application's stylesheet and no script, for when the pages
 * of the master template cannot render: "temporarily unavailable" while the database, which they
 * need, is away; "request too large" when the request's form cannot even be read.
 */
final class PlainPage {

  private PlainPage() {}

  static String unavailable(ResourceBundle messages, Locale locale, String contextPath) {
    return html(
        messages,
        locale,
        contextPath,
        "error.unavailable.title",
        "error.unavailable.text",
        "error.unavailable.retry");
  }

  static String tooLarge(ResourceBundle messages, Locale locale, String contextPath) {
    return html(
        messages,
        locale,
        contextPath,
        "error.badRequest.title",
        "error.badRequest.text",
        "error.backHome");
  }

  private static String html(
      ResourceBundle messages,
      Locale locale,
      String contextPath,
      String titleKey,
      String textKey,
      String linkKey) {
    String title = escape(messages.getString(titleKey));
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
        + escape(messages.getString(textKey))
        + "</p><p><a href=\""
        + contextPath
        + "/\">"
        + escape(messages.getString(linkKey))
        + "</a></p></main></body></html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
