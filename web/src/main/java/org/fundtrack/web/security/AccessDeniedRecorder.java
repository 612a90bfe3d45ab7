package org.fundtrack.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.fundtrack.security.boundary.SecurityEventRecorder;
import org.fundtrack.security.control.ClientAddressResolver;

/**
 * Records every page the container refuses with 403 (a signed-in user without the role) as an
 * ACCESS_DENIED security event: who, from where, and which method and address. It runs only when
 * the container forwards the refusal to the access-denied page, never when someone opens that page
 * directly.
 */
@WebFilter(urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class AccessDeniedRecorder extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @EJB private SecurityEventRecorder recorder;
  @Inject private ClientAddressResolver addresses;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
      Principal principal = request.getUserPrincipal();
      SignedInSession signedIn = SignedInSession.of(request);
      recorder.accessDenied(
          principal == null ? "" : principal.getName(),
          signedIn == null ? null : signedIn.userId(),
          addresses.of(request),
          request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }
    chain.doFilter(request, response);
  }
}
