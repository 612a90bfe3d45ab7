package org.fundtrack.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.fundtrack.security.control.AppUserRepository;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.security.entity.Roles;

/**
 * The signed-in user's own preferences: for now the language pages are shown in, "en" or "fr", kept
 * on the user so the choice follows them from session to session.
 */
@Stateless
public class PreferenceService {

  @Inject private CurrentUser currentUser;
  @Inject private AppUserRepository users;

  /** The signed-in user's language ("en" or "fr"); empty when nobody is signed in. */
  @PermitAll
  public Optional<String> preferredLanguage() {
    return currentUser
        .get()
        .flatMap(caller -> users.findById(caller.userId()))
        .map(user -> user.preferredLocale().getLanguage());
  }

  /** Saves the signed-in user's language, "en" or "fr". */
  @RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.RECIPIENT, Roles.AUDITOR, Roles.ADMIN})
  public void savePreferredLanguage(
      @NotNull(message = "{field.required}")
          @Pattern(regexp = "en|fr", message = "{field.language}")
          String language) {
    AppUser user = users.findById(currentUser.require().userId()).orElseThrow();
    user.setPreferredLocale(Locale.forLanguageTag(language));
  }
}
