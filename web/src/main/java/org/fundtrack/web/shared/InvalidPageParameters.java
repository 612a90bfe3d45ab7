package org.fundtrack.web.shared;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * A page address whose parameters do not convert or validate ({@code grant.xhtml?id=abc}, {@code
 * grants.xhtml?year=1999}, a required id missing) names no page a user can see: it answers with the
 * not-found page, in the user's language, instead of rendering the page empty with a converter's or
 * validator's message. The form fields of a page are not parameters; their messages stay on the
 * page.
 */
public class InvalidPageParameters implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the parameters are checked during the phase
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot view = event.getFacesContext().getViewRoot();
    if (view != null
        && !event.getFacesContext().getResponseComplete()
        && ViewMetadata.getViewParameters(view).stream().anyMatch(p -> !p.isValid())) {
      PageRefusals.notFound();
    }
  }
}
