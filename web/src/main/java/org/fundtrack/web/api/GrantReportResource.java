package org.fundtrack.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.reporting.boundary.ReportDraft;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;

/**
 * The recipient's progress report drafts of a grant, under {@code /grants/{id}/reports}, one per
 * reporting period; the report itself is then read and acted on under {@code /reports} ({@link
 * ReportResource}).
 */
@Path("grants/{id}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantReportResource {

  @EJB private ProgressReportService progressReports;
  @EJB private ProgressReportQueries reportQueries;
  @Inject private CurrentUser currentUser;

  @PUT
  @Path("{periodNo}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "saveReportDraft",
      summary = "Save the recipient's draft progress report for one reporting period",
      description =
          "Creates the draft, replaces it, or starts the next revision of a returned report."
              + " Refused for a period already submitted or accepted, a grant not active, or a"
              + " period the grant does not have.")
  public ReportDto saveReport(
      @PathParam("id") @RecordId long id,
      @PathParam("periodNo") @SequenceNumber long periodNo,
      @RequestBody(
              description = "Narrative, spending by category, actuals by indicator",
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ReportDraft")))
          @Schema(hidden = true)
          @NotNull(message = "{field.required}")
          @Valid
          ReportDraft draft) {
    Caller caller = currentUser.require();
    long report = progressReports.saveDraft(caller, id, Math.toIntExact(periodNo), draft);
    return ReportDto.of(reportQueries.view(caller, report));
  }
}
