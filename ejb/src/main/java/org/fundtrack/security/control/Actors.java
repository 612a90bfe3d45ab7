package org.fundtrack.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;

/** The user record behind a caller, for the records that say who acted. */
@ApplicationScoped
public class Actors {

  @Inject private AppUserRepository users;

  /**
   * @throws BusinessRuleViolation {@code security.unknownUser} if the account is gone or disabled
   */
  public AppUser of(Caller caller) {
    return users
        .findById(caller.userId())
        .filter(AppUser::isEnabled)
        .orElseThrow(
            () -> BusinessRuleViolation.invalid("security.unknownUser", caller.username()));
  }
}
