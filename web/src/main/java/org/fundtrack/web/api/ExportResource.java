package org.fundtrack.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.indicator.boundary.ScorecardScope;
import org.fundtrack.reports.boundary.ExportKind;
import org.fundtrack.reports.boundary.ExportRequest;
import org.fundtrack.reports.boundary.ExportService;
import org.fundtrack.web.i18n.SupportedLanguage;

/**
 * The exports as files: {@code GET /api/v1/exports/{kind}} with {@code year}, {@code fund}, {@code
 * grant} and {@code lang} (en or fr; default: the client's Accept-Language). The same rules as the
 * export centre: staff produce every kind; recipients only the agreement summary of their own
 * grants (another organisation's grant is 404, another kind 403). Refusals are decided before the
 * first byte is sent, so they are problem+json; the file then streams.
 */
@Path("exports")
@RequestScoped
@Tag(name = "Exports")
public class ExportResource {

  @EJB private ExportService exports;
  @Context private HttpHeaders headers;

  @GET
  @Path("{kind}")
  @Operation(
      operationId = "export",
      summary = "Produce a PDF report or an Excel workbook",
      description =
          "kind: fund-summary (PDF, year required), grant-agreement (PDF, grant required),"
              + " grants-register, payments-ledger, budget-against-actual, audit-trail,"
              + " evidence-pack (grant required), scorecard (PDF; year, and scope+id or a fund,"
              + " else the strategy), indicator-results, progress-report (PDF, report"
              + " required) — workbooks are .xlsx")
  @APIResponse(responseCode = "200", description = "The file, as an attachment")
  public Response export(
      @PathParam("kind") @Pattern(regexp = "[a-z-]{1,40}", message = "{parameter.generic}")
          String kind,
      @Parameter(
              description = "Start year of the fiscal year",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2099"))
          @QueryParam("year")
          @FiscalYearStart
          Integer year,
      @Parameter(description = "Fund code", example = "AHT-CSF")
          @QueryParam("fund")
          @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "{grant.filter.fund.invalid}")
          String fund,
      @Parameter(description = "Grant id, for per-grant documents") @QueryParam("grant") @RecordId
          Long grant,
      @Parameter(description = "What a scorecard covers: GRANT, FUND, PROGRAM_AREA or STRATEGY")
          @QueryParam("scope")
          ScorecardScope scope,
      @Parameter(description = "The id of the grant, fund, program area or strategy scored")
          @QueryParam("id")
          @RecordId
          Long scopeId,
      @Parameter(description = "A submitted progress report's id, for progress-report")
          @QueryParam("report")
          @RecordId
          Long report,
      @Parameter(description = "Language of the document: en or fr")
          @QueryParam("lang")
          @Pattern(regexp = "en|fr", message = "{parameter.generic}")
          String lang) {
    ExportKind exportKind = ExportKind.bySlug(kind).orElseThrow(NotFoundException::new);
    Locale locale =
        lang != null
            ? SupportedLanguage.of(lang).locale()
            : ApiLanguage.choose(headers.getAcceptableLanguages());
    ExportRequest request =
        new ExportRequest(exportKind, year, fund, grant, scope, scopeId, report, locale);
    String fileName = exports.check(request);
    StreamingOutput body = out -> exports.write(request, out);
    return Response.ok(body, exportKind.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
