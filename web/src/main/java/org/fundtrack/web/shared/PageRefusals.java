package org.fundtrack.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * The one way a view bean turns a page away: 404 (the not-found page) for a record that does not
 * exist or that the user may not know about, 403 (the forbidden page) for what the user's role may
 * not do. Both end the response here, so nothing of the page is rendered.
 */
public final class PageRefusals {

  private PageRefusals() {}

  /** Answers with the not-found page. */
  public static void notFound() {
    send(HttpServletResponse.SC_NOT_FOUND);
  }

  /** Answers with the forbidden page. */
  public static void forbidden() {
    send(HttpServletResponse.SC_FORBIDDEN);
  }

  /** Forbidden when the rule refuses the user's role, otherwise not found. */
  public static void refuse(BusinessRuleViolation refused) {
    send(
        refused.kind() == BusinessRuleViolation.Kind.NOT_ALLOWED
            ? HttpServletResponse.SC_FORBIDDEN
            : HttpServletResponse.SC_NOT_FOUND);
  }

  private static void send(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
