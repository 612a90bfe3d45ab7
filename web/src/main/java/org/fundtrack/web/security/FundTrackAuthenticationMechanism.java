package org.fundtrack.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fundtrack.security.boundary.CredentialVerifier;

/**
 * The application's one authentication mechanism (Jakarta Security allows one), choosing by path:
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every request, no session; 401 with a challenge otherwise.
 *   <li>pages: a standard form sign-in posting {@code j_username}/{@code j_password} to {@code
 *       /j_security_check}; the password is checked once, the session id is renewed, and later
 *       requests are recognised from the session.
 * </ul>
 */
@ApplicationScoped
public class FundTrackAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String CHECK = "/j_security_check";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private CredentialVerifier verifier;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return basic(request, context);
    }
    if (path.equals(CHECK) && "POST".equals(request.getMethod())) {
      return formSignIn(request, context);
    }
    return fromSession(request, context, path);
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.isProtected() ? challenge(context) : context.doNothing();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return challenge(context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(context);
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? context.notifyContainerAboutLogin(result)
        : challenge(context);
  }

  private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context) {
    String username = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    CredentialValidationResult result =
        username == null || password == null
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(new UsernamePasswordCredential(username.trim(), password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
    }
    HttpSession session = request.getSession(true);
    String returnTo = (String) session.getAttribute(SignedInSession.RETURN_TO);
    request.changeSessionId();
    session.removeAttribute(SignedInSession.RETURN_TO);
    session.setAttribute(
        SignedInSession.ATTRIBUTE,
        new SignedInSession(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    context.notifyContainerAboutLogin(result);
    return context.redirect(request.getContextPath() + (returnTo == null ? "/" : returnTo));
  }

  private AuthenticationStatus fromSession(
      HttpServletRequest request, HttpMessageContext context, String path) {
    SignedInSession signedIn = SignedInSession.of(request);
    if (signedIn != null) {
      if (verifier.stillEnabled(signedIn.username()).isPresent()) {
        return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
      }
      request.getSession().invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request.getSession(true).setAttribute(
          SignedInSession.RETURN_TO, query == null ? path : path + "?" + query);
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private static AuthenticationStatus challenge(HttpMessageContext context) {
    context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"FundTrack\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInSession.ATTRIBUTE);
    }
  }
}
