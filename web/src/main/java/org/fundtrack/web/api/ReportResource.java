package org.fundtrack.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fundtrack.reporting.boundary.AttachmentFile;
import org.fundtrack.reporting.boundary.AttachmentService;
import org.fundtrack.reporting.boundary.ProgressReportQueries;
import org.fundtrack.reporting.boundary.ProgressReportService;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.boundary.CurrentUser;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.idempotency.Creation;

/**
 * Progress reports after their draft is saved (drafts are saved under the grant, {@code PUT
 * /grants/{id}/reports/{periodNo}}): read, submit (recipient), return and accept (officers),
 * attachments. The reporting organisation reads its own reports and files; ministry staff read
 * submitted ones with small counts about people withheld; anyone else gets 404.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
public class ReportResource {

  @EJB private ProgressReportService reports;
  @EJB private ProgressReportQueries queries;
  @EJB private AttachmentService attachments;
  @Inject private CurrentUser currentUser;
  @Context private UriInfo uriInfo;
  @Context private HttpServletRequest http;

  @GET
  @Path("{id}")
  @Operation(operationId = "getReport", summary = "One progress report as the caller may read it")
  public ReportDto get(@PathParam("id") @RecordId long id) {
    return current(id);
  }

  @POST
  @Path("{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "submitReport",
      summary = "Submit the draft (recipient): every indicator reported, variances explained")
  public ReportDto submit(@PathParam("id") @RecordId long id, NoInput none) {
    reports.submit(currentUser.require(), id);
    return current(id);
  }

  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "returnReport", summary = "Return the report with a comment (officers)")
  public ReportDto returnForRevision(
      @PathParam("id") @RecordId long id, @Valid DecisionInput decision) {
    reports.returnForRevision(currentUser.require(), id, DecisionInput.commentOf(decision));
    return current(id);
  }

  @POST
  @Path("{id}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "acceptReport",
      summary = "Accept the report (officers); releases the instalments that waited for it")
  public Map<String, Object> accept(
      @PathParam("id") @RecordId long id, @Valid DecisionInput decision) {
    int released = reports.accept(currentUser.require(), id, DecisionInput.commentOf(decision));
    return Map.of("report", current(id), "releasedInstalments", released);
  }

  @GET
  @Path("{id}/attachments")
  @Operation(operationId = "listAttachments", summary = "The report's attachments")
  public List<AttachmentDto> attachments(@PathParam("id") @RecordId long id) {
    return attachments.list(currentUser.require(), id).stream().map(AttachmentDto::of).toList();
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Replayable
  @Operation(
      operationId = "attachToReport",
      summary = "Attach a file to the draft (recipient): PDF, DOCX, XLSX, PNG or JPEG, 10 MB",
      description =
          "The body is the file itself; its type is read from its content, never from the name"
              + " or Content-Type. The name is only a label.")
  @APIResponse(responseCode = "201", description = "Stored; Location names the attachment")
  public Response attach(
      @PathParam("id") @RecordId long id,
      @Parameter(description = "The file's name, such as q2-report.pdf", required = true)
          @QueryParam("filename")
          @TextUpTo(max = 200)
          String fileName,
      @Parameter(description = Replays.KEY_DOC)
          @HeaderParam(ReplayableRequestFilter.HEADER)
          @TextUpTo(max = 64)
          String idempotencyKey,
      InputStream body)
      throws IOException {
    Caller caller = currentUser.require();
    long max = attachments.maxBytes();
    byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (content.length > max) {
      throw BusinessRuleViolation.invalid(
          "report.attachment.tooLarge", fileName, max / (1024 * 1024));
    }
    Creation created =
        attachments.attach(caller, id, fileName, content, ReplayableRequestFilter.keyOf(http));
    long attachment = created.id();
    URI location =
        uriInfo
            .getBaseUriBuilder()
            .path(ReportResource.class)
            .path("{id}/attachments/{attachment}")
            .build(id, attachment);
    AttachmentDto dto =
        attachments.list(caller, id).stream()
            .filter(a -> a.id() == attachment)
            .map(AttachmentDto::of)
            .findFirst()
            .orElseThrow();
    return Replays.created(location, created, dto);
  }

  @GET
  @Path("{id}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "downloadAttachment", summary = "One attachment, as a download")
  public Response download(
      @PathParam("id") @RecordId long id, @PathParam("attachment") @RecordId long attachmentId) {
    AttachmentFile file = attachments.download(currentUser.require(), id, attachmentId);
    return Response.ok(file.content(), file.mediaType())
        .header(
            "Content-Disposition",
            org.fundtrack.web.reporting.AttachmentDownloadServlet.disposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + file.sha256())
        .build();
  }

  private ReportDto current(long id) {
    Caller caller = currentUser.require();
    return ReportDto.of(queries.view(caller, id));
  }
}
