package org.fundtrack.web.api;

import static org.fundtrack.web.api.ProblemResponseDocs.PROBLEM_JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.grant.boundary.AmendmentRequest;
import org.fundtrack.grant.boundary.AmendmentService;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.idempotency.Creation;

/**
 * A grant's numbered amendments, under {@code /grants/{id}/amendments}: read, proposed (officers)
 * and decided within delegated authority, through the same service as the grant's page. Same roles
 * and answers as {@link GrantResource}.
 */
@Path("grants/{id}/amendments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantAmendmentResource {

  @EJB private AmendmentService amendmentService;
  @Inject private CurrentUser currentUser;
  @Context private UriInfo uriInfo;
  @Context private HttpServletRequest http;

  @GET
  @Operation(operationId = "listGrantAmendments", summary = "The grant's amendments, oldest first")
  @APIResponse(
      responseCode = "404",
      description = ProblemResponseDocs.NOT_FOUND,
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public List<AmendmentDto> amendments(@PathParam("id") @RecordId long id) {
    return amendmentService.history(currentUser.require(), id).stream()
        .map(AmendmentDto::of)
        .toList();
  }

  @GET
  @Path("{no}")
  @Operation(operationId = "getGrantAmendment", summary = "One amendment of the grant")
  @APIResponse(
      responseCode = "404",
      description = ProblemResponseDocs.NOT_FOUND,
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public AmendmentDto amendment(
      @PathParam("id") @RecordId long id, @PathParam("no") @SequenceNumber long no) {
    return amendments(id).stream()
        .filter(a -> a.amendmentNo() == no)
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Replayable
  @Operation(
      operationId = "proposeGrantAmendment",
      summary = "Propose a numbered amendment (officers); a termination is an amendment")
  @APIResponse(responseCode = "201", description = "Proposed; Location names the amendment")
  public Response amend(
      @PathParam("id") @RecordId long id,
      @RequestBody(
              description = "What changes and why",
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "AmendmentRequest")))
          @Schema(hidden = true)
          @NotNull(message = "{field.required}")
          @Valid
          AmendmentRequest request,
      @Parameter(description = Replays.KEY_DOC)
          @HeaderParam(ReplayableRequestFilter.HEADER)
          @TextUpTo(max = 64)
          String idempotencyKey) {
    Creation created =
        amendmentService.propose(
            currentUser.require(), id, request, ReplayableRequestFilter.keyOf(http));
    long no = created.id();
    URI location =
        uriInfo.getBaseUriBuilder().path(GrantAmendmentResource.class).path("{no}").build(id, no);
    return Replays.created(location, created, amendment(id, no));
  }

  @POST
  @Path("{no}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "approveGrantAmendment",
      summary = "Approve an amendment within delegated authority; re-checks the budget")
  public AmendmentDto approveAmendment(
      @PathParam("id") @RecordId long id,
      @PathParam("no") @SequenceNumber long no,
      @Valid DecisionInput decision) {
    amendmentService.approve(
        currentUser.require(), id, Math.toIntExact(no), DecisionInput.commentOf(decision));
    return amendment(id, no);
  }

  @POST
  @Path("{no}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "declineGrantAmendment",
      summary = "Decline an amendment, with a comment")
  public AmendmentDto declineAmendment(
      @PathParam("id") @RecordId long id,
      @PathParam("no") @SequenceNumber long no,
      @Valid DecisionInput decision) {
    amendmentService.decline(
        currentUser.require(), id, Math.toIntExact(no), DecisionInput.commentOf(decision));
    return amendment(id, no);
  }
}
