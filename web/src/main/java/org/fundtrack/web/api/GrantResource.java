package org.fundtrack.web.api;

import static org.fundtrack.web.api.ProblemResponseDocs.PROBLEM_JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.grant.boundary.CloseOutRequest;
import org.fundtrack.grant.boundary.CloseOutService;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.GrantDraftService;
import org.fundtrack.grant.boundary.GrantFilter;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSort;
import org.fundtrack.grant.boundary.GrantWorkflowService;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.idempotency.Creation;
import org.fundtrack.shared.query.PageRequest;

/**
 * Grants for officers, directors, auditors and recipients (their own organisation's only; the
 * service scopes every query). Administrators are refused (403). The lifecycle's actions (create,
 * submit, review, approve, decline, withdraw, execute, pay, amend, close) call the same services as
 * the pages, acting as the signed-in user: a role that may not act gets 403, a broken rule 422, an
 * unknown grant 404, all as problem+json.
 *
 * <p>This class answers the grants themselves and their lifecycle; the sub-resources under {@code
 * /grants/{id}} that have their own records are their own classes: {@link GrantPaymentResource},
 * {@link GrantAmendmentResource} and {@link GrantReportResource}.
 */
@Path("grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantResource {

  private static final String SORT_DOC =
      "Up to 3 comma-separated fields, each optionally prefixed with - for descending: "
          + "referenceNumber, titleEn, titleFr, status, totalAmount, startDate, endDate, "
          + "recipient, fund. Default -startDate,referenceNumber.";

  @EJB private GrantQueryService grants;
  @EJB private GrantDraftService drafts;
  @EJB private GrantWorkflowService workflow;
  @EJB private CloseOutService closeOuts;
  @Inject private CurrentUser currentUser;
  @Context private UriInfo uriInfo;
  @Context private HttpServletRequest http;

  @GET
  @Operation(operationId = "listGrants", summary = "One page of grants, filtered and sorted")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GrantPageDto.class)))
  public GrantPageDto list(
      @Parameter(description = "Fund code", example = "AHT-CSF")
          @QueryParam("fund")
          @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "{grant.filter.fund.invalid}")
          String fund,
      @Parameter(
              description = "Start year of a fiscal year the grant's term overlaps",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
          @QueryParam("year")
          @FiscalYearStart
          Integer year,
      @Parameter(
              description = "Status; repeat the parameter for several",
              schema = @Schema(type = SchemaType.ARRAY, implementation = GrantStatus.class))
          @QueryParam("status")
          Set<GrantStatus> status,
      @Parameter(description = "Recipient id") @QueryParam("recipient") @RecordId Long recipient,
      @Parameter(description = "Text found in the reference number or a title")
          @QueryParam("q")
          @TextUpTo(max = GrantFilter.MAX_TEXT_LENGTH)
          String q,
      @Parameter(description = SORT_DOC) @QueryParam("sort") @TextUpTo(max = 100) String sort,
      @Parameter(
              description = "Page number, from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
          @QueryParam("page")
          @DefaultValue("0")
          @PageNumber
          int page,
      @Parameter(
              description = "Rows per page",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("size")
          @DefaultValue("20")
          @PageSize
          int size) {
    GrantFilter filter = new GrantFilter(fund, year, status, recipient, q);
    return GrantPageDto.of(grants.search(filter, sortOf(sort), new PageRequest(page, size)));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getGrant", summary = "One grant with its terms and schedules")
  @APIResponse(
      responseCode = "200",
      description = "The grant",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GrantDto.class)))
  @APIResponse(
      responseCode = "404",
      description = ProblemResponseDocs.NOT_FOUND,
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public GrantDto get(@PathParam("id") @RecordId long id) {
    return grants.find(id).map(GrantDto::of).orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Replayable
  @Operation(
      operationId = "createGrant",
      summary = "Enter an application as a draft (officers)",
      description =
          "Year shares must add up to the total, budget items may not exceed it, instalments "
              + "(planned when omitted) must add up to it exactly; every fiscal year needs a "
              + "budget line of the grant's fund.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new grant",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GrantDto.class)))
  public Response create(
      @RequestBody(
              description = "The application: parties, texts, terms and schedules",
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "GrantDraft")))
          @Schema(hidden = true)
          @NotNull(message = "{field.required}")
          @Valid
          GrantDraft draft,
      @Parameter(description = Replays.KEY_DOC)
          @HeaderParam(ReplayableRequestFilter.HEADER)
          @TextUpTo(max = 64)
          String idempotencyKey) {
    Creation created =
        drafts.createDraft(currentUser.require(), draft, ReplayableRequestFilter.keyOf(http));
    long id = created.id();
    URI location = uriInfo.getBaseUriBuilder().path(GrantResource.class).path("{id}").build(id);
    return Replays.created(location, created, current(id));
  }

  @POST
  @Path("{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "submitGrant", summary = "Send a draft for review (officers)")
  public GrantDto submit(@PathParam("id") @RecordId long id, NoInput none) {
    workflow.submit(currentUser.require(), id);
    return current(id);
  }

  @POST
  @Path("{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startGrantReview",
      summary = "Take a submitted application into review (officers)")
  public GrantDto startReview(@PathParam("id") @RecordId long id, NoInput none) {
    workflow.startReview(currentUser.require(), id);
    return current(id);
  }

  @POST
  @Path("{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "approveGrant",
      summary = "Approve within delegated authority; commits each year's share on its budget line")
  public GrantDto approve(@PathParam("id") @RecordId long id, @Valid DecisionInput decision) {
    workflow.approve(currentUser.require(), id, DecisionInput.commentOf(decision));
    return current(id);
  }

  @POST
  @Path("{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "declineGrant",
      summary = "Decline within delegated authority, with a reason")
  public GrantDto decline(@PathParam("id") @RecordId long id, @Valid DecisionInput decision) {
    workflow.decline(currentUser.require(), id, DecisionInput.commentOf(decision));
    return current(id);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "withdrawGrant", summary = "Withdraw an application, with a reason")
  public GrantDto withdraw(@PathParam("id") @RecordId long id, @Valid DecisionInput decision) {
    workflow.withdraw(currentUser.require(), id, DecisionInput.commentOf(decision));
    return current(id);
  }

  @POST
  @Path("{id}/execute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "executeGrant",
      summary = "Record the signed agreement: the grant becomes active")
  public GrantDto execute(@PathParam("id") @RecordId long id, NoInput none) {
    workflow.execute(currentUser.require(), id);
    return current(id);
  }

  @POST
  @Path("{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "closeGrant",
      summary = "Close the grant: computes what is unspent or overpaid and the amount to recover")
  public GrantDto close(
      @PathParam("id") @RecordId long id,
      @RequestBody(
              description = "The eligible spending the recipient accounted for, and a comment",
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "CloseOutRequest")))
          @Schema(hidden = true)
          @NotNull(message = "{field.required}")
          @Valid
          CloseOutRequest request) {
    closeOuts.close(currentUser.require(), id, request);
    return current(id);
  }

  /** The grant as it stands after an action, read in its own transaction. */
  private GrantDto current(long id) {
    return grants.find(id).map(GrantDto::of).orElseThrow(NotFoundException::new);
  }

  private static GrantSort sortOf(String sort) {
    try {
      return GrantSort.parse(sort);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("sort", "parameter.sort", GrantSort.allowedKeys());
    }
  }
}
