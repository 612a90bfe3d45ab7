package org.fundtrack.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * What a signed-in page session remembers about its caller: a name and its groups, nothing more,
 * so sessions stay small and can be replicated between instances.
 */
record SignedInSession(String username, Set<String> groups) implements Serializable {

  static final String ATTRIBUTE = "fundtrack.signedIn";
  static final String RETURN_TO = "fundtrack.returnTo";

  SignedInSession {
    groups = Set.copyOf(new HashSet<>(groups));
  }

  static SignedInSession of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInSession) session.getAttribute(ATTRIBUTE);
  }
}
