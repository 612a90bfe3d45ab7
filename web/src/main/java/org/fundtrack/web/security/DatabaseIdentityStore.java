package org.fundtrack.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.fundtrack.security.boundary.CredentialVerifier;

/** Validates usernames and passwords against app_user; the caller's one role is its group. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @EJB private CredentialVerifier verifier;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return verifier
        .verify(login.getCaller(), login.getPassword().getValue())
        .map(caller -> new CredentialValidationResult(caller.username(), Set.of(caller.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
