package org.fundtrack.web.security;

import java.util.function.UnaryOperator;

/**
 * Which request a user is sent back to after signing in: only a page the user navigated to, never a
 * resource the browser fetched on its own (the favicon, a stylesheet), an AJAX request or a
 * download, since landing on those after sign-in shows "Page not found", a bare XML response or a
 * file instead of the page the user wanted.
 */
final class ReturnTo {

  private static final String PAGE_SUFFIX = ".xhtml";

  private ReturnTo() {}

  /**
   * Whether a refused request is a page navigation worth returning to.
   *
   * @param method the HTTP method
   * @param path the path inside the application, without the query
   * @param header the request's headers by name ({@code null} when absent)
   */
  static boolean worthRemembering(String method, String path, UnaryOperator<String> header) {
    return "GET".equals(method)
        && isPage(path)
        && !"partial/ajax".equals(header.apply("Faces-Request"))
        && header.apply("X-Requested-With") == null
        && absentOr(header.apply("Sec-Fetch-Mode"), "navigate")
        && absentOr(header.apply("Sec-Fetch-Dest"), "document");
  }

  /**
   * The path to send a signed-in user to: the remembered page if it is one of ours, the home page
   * otherwise (also for anything that could leave the application, such as {@code //host}).
   */
  static String target(String remembered) {
    if (remembered == null
        || remembered.startsWith("//")
        || remembered.contains("\\")
        || !isPage(pathPart(remembered))) {
      return "/";
    }
    return remembered;
  }

  private static boolean isPage(String path) {
    return path != null
        && path.startsWith("/")
        && (path.equals("/") || path.endsWith(PAGE_SUFFIX))
        && !path.startsWith("/jakarta.faces.resource/")
        && !path.startsWith("/error/")
        && !path.equals(FundTrackAuthenticationMechanism.LOGIN_PAGE);
  }

  private static String pathPart(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
  }

  private static boolean absentOr(String value, String expected) {
    return value == null || value.equalsIgnoreCase(expected);
  }
}
