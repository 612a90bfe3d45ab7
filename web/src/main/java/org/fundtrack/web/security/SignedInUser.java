package org.fundtrack.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;

/** The signed-in user as the page header shows it. */
@Named
@RequestScoped
public class SignedInUser {

  @Inject private CurrentUser currentUser;

  public String getDisplayName() {
    return currentUser.get().map(Caller::displayName).orElse("");
  }

  /** The role's enum name, for the bundle key {@code enum.Role.<name>}. */
  public String getRole() {
    return currentUser.get().map(c -> c.role().name()).orElse("");
  }
}
