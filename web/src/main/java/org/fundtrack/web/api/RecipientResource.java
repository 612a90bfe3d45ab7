package org.fundtrack.web.api;

import static org.fundtrack.web.api.ProblemResponseDocs.PROBLEM_JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.recipient.boundary.RecipientQueryService;
import org.fundtrack.shared.query.PageRequest;

/**
 * Recipient organisations: all of them for ministry staff, only its own for a recipient user (the
 * service scopes every query; another organisation's id answers 404).
 */
@Path("recipients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients")
public class RecipientResource {

  @EJB private RecipientQueryService recipients;

  @GET
  @Operation(operationId = "listRecipients", summary = "One page of recipients, by legal name")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientPageDto.class)))
  public RecipientPageDto list(
      @Parameter(description = "Text found in the legal or operating name")
          @QueryParam("q")
          @TextUpTo(max = RecipientQueryService.MAX_SEARCH_LENGTH)
          String q,
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
    return RecipientPageDto.of(recipients.list(q, new PageRequest(page, size)));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getRecipient", summary = "One recipient with its contacts")
  @APIResponse(
      responseCode = "200",
      description = "The recipient",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientDto.class)))
  @APIResponse(
      responseCode = "404",
      description = ProblemResponseDocs.NOT_FOUND,
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public RecipientDto get(@PathParam("id") @RecordId long id) {
    return recipients.find(id).map(RecipientDto::of).orElseThrow(NotFoundException::new);
  }
}
