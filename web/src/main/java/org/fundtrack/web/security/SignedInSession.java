package org.fundtrack.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * What a signed-in page session remembers about its caller: the user's id and name and the stamp of
 * the sign-in, nothing more, so sessions stay small and can be replicated between instances. The
 * role is re-read on every request; the stamp tells when the session must end.
 */
record SignedInSession(long userId, String username, String stamp) implements Serializable {

  static final String ATTRIBUTE = "fundtrack.signedIn";
  static final String RETURN_TO = "fundtrack.returnTo";

  static SignedInSession of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInSession) session.getAttribute(ATTRIBUTE);
  }
}
