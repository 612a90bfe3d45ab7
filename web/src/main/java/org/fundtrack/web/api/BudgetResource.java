package org.fundtrack.web.api;

import static org.fundtrack.web.api.ProblemResponseDocs.PROBLEM_JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.budget.boundary.BudgetQueryService;

/**
 * Funds and their budget lines for one fiscal year, for every signed-in role; recipient users get
 * the published appropriations only (the service decides).
 */
@Path("fiscal-years/{year}/budget-lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget")
public class BudgetResource {

  @EJB private BudgetQueryService budget;

  @GET
  @Operation(
      operationId = "getBudgetLines",
      summary = "The budget lines of a fiscal year",
      description =
          "Appropriation, committed, paid and available per fund, with exact totals. Recipient"
              + " users get the appropriations only.")
  @APIResponse(
      responseCode = "200",
      description = "The year's budget lines",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BudgetDto.class)))
  @APIResponse(
      responseCode = "400",
      description = ProblemResponseDocs.BAD_REQUEST,
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such fiscal year",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public BudgetDto lines(
      @Parameter(
              description = "Start year of the fiscal year: 2024 for 2024-25",
              example = "2024",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
          @PathParam("year")
          @FiscalYearStart
          int year) {
    return budget.budgetOf(year).map(BudgetDto::of).orElseThrow(NotFoundException::new);
  }
}
