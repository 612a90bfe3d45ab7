package org.fundtrack.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.fundtrack.security.boundary.SecurityEventRecorder;
import org.fundtrack.security.control.ClientAddressResolver;

/**
 * Ends the session and records the sign-out (POST only, so a link on another site cannot sign
 * anyone out; the SameSite=Lax cookie is not sent with another site's POST either).
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private SecurityEventRecorder recorder;
  @Inject private ClientAddressResolver addresses;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    SignedInSession signedIn = SignedInSession.of(request);
    if (signedIn != null) {
      recorder.signedOut(signedIn.username(), signedIn.userId(), addresses.of(request));
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(
        request.getContextPath() + FundTrackAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
  }
}
