package org.fundtrack.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.budget.boundary.BudgetQueryService;

/** The fiscal years FundTrack knows, for every signed-in role. */
@Path("fiscal-years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget")
public class FiscalYearResource {

  @EJB private BudgetQueryService budget;

  @GET
  @Operation(operationId = "listFiscalYears", summary = "Every fiscal year, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The fiscal years",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = FiscalYearDto.class)))
  public List<FiscalYearDto> list() {
    return budget.fiscalYears().stream().map(FiscalYearDto::of).toList();
  }
}
