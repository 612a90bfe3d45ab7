package org.fundtrack.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
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
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.indicator.boundary.ScorecardService;
import org.fundtrack.security.boundary.CurrentUser;

/**
 * Scorecards as JSON, the same as the page and the PDF: baseline, target, actual, change and trend
 * per indicator, with the same protection of small counts. Recipients score their own grants and
 * the funds they hold grants from (403 otherwise; another organisation's grant is 404);
 * administrators are refused (403).
 */
@Path("scorecards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards")
public class ScorecardResource {

  @EJB private ScorecardService scorecards;
  @Inject private CurrentUser currentUser;

  @GET
  @Path("{scope}/{id}")
  @Operation(
      operationId = "getScorecard",
      summary = "A grant's, fund's, program area's or the strategy's scorecard for a fiscal year")
  @APIResponse(
      responseCode = "200",
      description = "The scorecard",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScorecardDto.class)))
  public ScorecardDto get(
      @Parameter(description = "GRANT, FUND, PROGRAM_AREA or STRATEGY") @PathParam("scope")
          ScorecardScope scope,
      @PathParam("id") @RecordId long id,
      @Parameter(
              description = "Start year of the fiscal year",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
          @QueryParam("year")
          @NotNull(message = "{field.required}")
          @FiscalYearStart
          Integer year) {
    return ScorecardDto.of(scorecards.scorecard(currentUser.require(), scope, id, year));
  }
}
