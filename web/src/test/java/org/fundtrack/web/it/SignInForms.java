package org.fundtrack.web.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the sign-in page as a browser would, for clients that post the sign-in form themselves. */
public final class SignInForms {

  public static final String PAGE = "login.xhtml";

  private static final Pattern TOKEN =
      Pattern.compile("name=\"ft_signin\"\\s+value=\"([A-Za-z0-9_-]+)\"");

  private SignInForms() {}

  /** The form's token (its cookie came with the same page), as the field the form posts. */
  public static String tokenField(String signInPage) {
    Matcher token = TOKEN.matcher(signInPage);
    if (!token.find()) {
      throw new IllegalStateException("The sign-in page has no sign-in token field");
    }
    return "ft_signin=" + token.group(1);
  }
}
