package org.fundtrack.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What the sign-in page needs beyond its messages: the form's {@link SignInToken}. */
@Named
@RequestScoped
public class SignInForm {

  private String token;

  /** Before the page renders, so the cookie is set while the response can still take headers. */
  public void prepare() {
    getToken();
  }

  public String getToken() {
    if (token == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      token =
          SignInToken.issue(
              (HttpServletRequest) external.getRequest(),
              (HttpServletResponse) external.getResponse());
    }
    return token;
  }

  public String getField() {
    return SignInToken.FIELD;
  }
}
