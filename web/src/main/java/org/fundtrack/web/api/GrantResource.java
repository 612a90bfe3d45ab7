package org.fundtrack.web.api;

import static org.fundtrack.web.api.ProblemResponseDocs.PROBLEM_JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.grant.boundary.GrantFilter;
import org.fundtrack.grant.boundary.GrantQueryService;
import org.fundtrack.grant.boundary.GrantSort;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.shared.query.PageRequest;

/**
 * Grants for officers, directors, auditors and recipients (their own organisation's only; the
 * service scopes every query). Administrators are refused (403).
 */
@Path("grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
@APIResponse(
    responseCode = "400",
    description = ProblemResponseDocs.BAD_REQUEST,
    content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "401",
    description = ProblemResponseDocs.UNAUTHORIZED,
    content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "403",
    description = ProblemResponseDocs.FORBIDDEN,
    content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "500",
    description = ProblemResponseDocs.INTERNAL,
    content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class GrantResource {

  private static final String SORT_DOC =
      "Up to 3 comma-separated fields, each optionally prefixed with - for descending: "
          + "referenceNumber, titleEn, titleFr, status, totalAmount, startDate, endDate, "
          + "recipient, fund. Default -startDate,referenceNumber.";

  @EJB private GrantQueryService grants;

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
      @Parameter(description = "Recipient id")
          @QueryParam("recipient")
          @RecordId
          Long recipient,
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
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public GrantDto get(@PathParam("id") @RecordId long id) {
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
