package org.fundtrack.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.fundtrack.security.control.AppUserRepository;
import org.fundtrack.security.entity.AppUser;

/**
 * Resolves the container's caller principal to a {@link Caller} once per request. Services ask it
 * who is calling and scope their queries with it; it never trusts an organisation id sent by the
 * client.
 */
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private AppUserRepository users;

  private Caller caller;
  private boolean resolved;

  /** The signed-in caller, or empty for an anonymous request or a disabled account. */
  public Optional<Caller> get() {
    if (!resolved) {
      resolved = true;
      Principal principal = securityContext.getCallerPrincipal();
      caller =
          principal == null
              ? null
              : users
                  .findByUsername(principal.getName())
                  .filter(AppUser::isEnabled)
                  .map(CurrentUser::toCaller)
                  .orElse(null);
    }
    return Optional.ofNullable(caller);
  }

  /** The signed-in caller; a service reached without one is a programming error. */
  public Caller require() {
    return get().orElseThrow(() -> new IllegalStateException("No signed-in caller"));
  }

  static Caller toCaller(AppUser user) {
    return new Caller(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getRole(),
        user.getRecipientId());
  }
}
