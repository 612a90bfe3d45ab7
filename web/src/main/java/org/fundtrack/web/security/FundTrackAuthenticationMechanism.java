package org.fundtrack.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.SignInOutcome;
import org.fundtrack.security.boundary.SignInService;
import org.fundtrack.security.control.ClientAddressResolver;
import org.fundtrack.web.shared.DatabaseOutage;

/**
 * The application's one authentication mechanism (Jakarta Security allows one), choosing by path:
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every request, never a session; 401 with a challenge when
 *       credentials are missing or wrong, 429 while sign-in is throttled.
 *   <li>pages: a standard form sign-in posting {@code j_username}/{@code j_password} to {@code
 *       /j_security_check}; the password is checked once, the session id is renewed, and later
 *       requests are recognised from the session, which ends as soon as the account is disabled or
 *       its password, role or organisation changes. A failed or throttled sign-in goes back to the
 *       sign-in page with one generic message; a post without the form's {@link SignInToken}, or
 *       from another site, is not checked at all and goes back asking to sign in again.
 * </ul>
 *
 * Every password check goes through {@link SignInService}, which throttles and logs it.
 */
@ApplicationScoped
public class FundTrackAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String CHECK = "/j_security_check";
  private static final String RESOURCES = "/jakarta.faces.resource/";
  private static final String BASIC_CHALLENGE = "Basic realm=\"FundTrack\", charset=\"UTF-8\"";
  private static final String RETRY_AFTER_SECONDS = "60";
  private static final int TOO_MANY_REQUESTS = 429;

  @Inject private SignInService signIn;
  @Inject private ClientAddressResolver addresses;

  /**
   * Recognises the caller, or answers 503 (problem+json for the API, the "temporarily unavailable"
   * page otherwise) when the database needed to check the caller is away.
   */
  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return recognise(request, context);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.explains(e) || response.isCommitted()) {
        throw e;
      }
      return unavailable(response);
    }
  }

  private AuthenticationStatus recognise(HttpServletRequest request, HttpMessageContext context) {
    String path = SecurityHeaders.pathOf(request);
    if (!SecurityHeaders.isCacheable(path)) {
      // This runs before any filter: its own answers (sign-in redirects, 401, 429) need them too.
      SecurityHeaders.apply(context.getResponse(), false, addresses.isHttps(request));
    }
    if (path.startsWith("/api/")) {
      return basic(request, context);
    }
    if (path.equals(CHECK) && "POST".equals(request.getMethod())) {
      return formSignIn(request, context);
    }
    if (path.startsWith(RESOURCES) && !context.isProtected()) {
      return context.doNothing();
    }
    return fromSession(request, context, path);
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
    Optional<String[]> credentials = basicCredentials(request.getHeader("Authorization"));
    if (credentials.isEmpty()) {
      return context.isProtected() ? challenge(request, context) : context.doNothing();
    }
    String[] userAndPassword = credentials.get();
    SignInOutcome outcome =
        signIn.authenticateRepeated(userAndPassword[0], userAndPassword[1], addresses.of(request));
    return switch (outcome.status()) {
      case SUCCESS -> signedIn(context, outcome.caller());
      case THROTTLED -> throttled(request, context);
      case FAILED -> challenge(request, context);
    };
  }

  private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context) {
    if (!SignInToken.matches(request) || CrossSiteRequests.isCrossSite(request, addresses)) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?expired=true");
    }
    String username = request.getParameter("j_username");
    SignInOutcome outcome =
        signIn.authenticate(
            username == null ? null : username.strip(),
            request.getParameter("j_password"),
            addresses.of(request));
    if (!outcome.succeeded()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?failed=true");
    }
    Caller caller = outcome.caller();
    HttpSession session = request.getSession(true);
    String returnTo = (String) session.getAttribute(SignedInSession.RETURN_TO);
    request.changeSessionId();
    session.removeAttribute(SignedInSession.RETURN_TO);
    session.setAttribute(
        SignedInSession.ATTRIBUTE,
        new SignedInSession(caller.userId(), caller.username(), outcome.stamp()));
    session.setMaxInactiveInterval(SessionSettings.idleMinutes() * 60);
    signedIn(context, caller);
    if (addresses.isHttps(request)) {
      SecureCookies.markAll(context.getResponse());
    }
    return context.redirect(request.getContextPath() + ReturnTo.target(returnTo));
  }

  private AuthenticationStatus fromSession(
      HttpServletRequest request, HttpMessageContext context, String path) {
    SignedInSession signedIn = SignedInSession.of(request);
    if (signedIn != null) {
      Optional<Caller> caller = signIn.stillSignedIn(signedIn.userId(), signedIn.stamp());
      if (caller.isPresent()) {
        return signedIn(context, caller.get());
      }
      request.getSession().invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (ReturnTo.worthRemembering(request.getMethod(), path, request::getHeader)) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(SignedInSession.RETURN_TO, query == null ? path : path + "?" + query);
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  /** Username and password of a well-formed Basic header; empty for anything else. */
  static Optional<String[]> basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 1
        ? Optional.empty()
        : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
  }

  private static AuthenticationStatus signedIn(HttpMessageContext context, Caller caller) {
    return context.notifyContainerAboutLogin(caller.username(), Set.of(caller.role().name()));
  }

  /**
   * 401 with the Basic challenge, sent as an error so the API's problem error page words the body
   * in the client's language.
   */
  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpMessageContext context) {
    context.getResponse().setHeader("WWW-Authenticate", BASIC_CHALLENGE);
    return context.responseUnauthorized();
  }

  /** 429 with Retry-After, sent as an error like the 401. */
  private static AuthenticationStatus throttled(
      HttpServletRequest request, HttpMessageContext context) {
    HttpServletResponse response = context.getResponse();
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    try {
      response.sendError(TOO_MANY_REQUESTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** 503 with Retry-After, sent as an error so the error pages word it. */
  private static AuthenticationStatus unavailable(HttpServletResponse response) {
    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    try {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
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
