package org.fundtrack.web.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy nonce of a rendered page, which PrimeFaces' Ajax posts carry back as
 * {@code primefaces.nonce} (PrimeFaces refuses a postback without it): for clients that post Faces
 * Ajax requests themselves, as the browser's PrimeFaces script does.
 */
public final class PageNonce {

  public static final String PARAMETER = "primefaces.nonce";

  private static final Pattern NONCE = Pattern.compile("<script\\b[^>]*\\bnonce=\"([^\"]+)\"");

  private PageNonce() {}

  public static String of(String html) {
    Matcher nonce = NONCE.matcher(html);
    if (!nonce.find()) {
      throw new IllegalStateException("The page has no script with a nonce");
    }
    return nonce.group(1);
  }
}
