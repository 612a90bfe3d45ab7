package org.fundtrack.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.audit.boundary.AuditVerifier;
import org.fundtrack.security.boundary.CurrentUser;

/** The audit trail's integrity check for auditors and administrators; others get 403. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

  @EJB private AuditVerifier verifier;
  @Inject private CurrentUser currentUser;

  @GET
  @Path("verification")
  @Operation(
      operationId = "verifyAuditTrail",
      summary = "Walk the hash chain of the audit trail and report the first broken link")
  @APIResponse(
      responseCode = "200",
      description = "The verification",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditVerificationDto.class)))
  public AuditVerificationDto verify() {
    return AuditVerificationDto.of(verifier.verify(currentUser.require()));
  }
}
