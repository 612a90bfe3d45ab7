package org.fundtrack.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fundtrack.audit.boundary.AuditTrail;
import org.fundtrack.audit.control.AuditedState;
import org.fundtrack.audit.control.ChangeWatch;
import org.fundtrack.reporting.control.AttachmentInspector;
import org.fundtrack.reporting.control.ReportingAction;
import org.fundtrack.reporting.control.ReportingPermissions;
import org.fundtrack.reporting.entity.ProgressReport;
import org.fundtrack.reporting.entity.ReportAttachment;
import org.fundtrack.reporting.entity.ReportAttachmentContent;
import org.fundtrack.security.boundary.AccessDenials;
import org.fundtrack.security.boundary.Caller;
import org.fundtrack.security.control.Actors;
import org.fundtrack.security.entity.Roles;
import org.fundtrack.shared.error.BusinessRuleViolation;
import org.fundtrack.shared.idempotency.Creation;
import org.fundtrack.shared.idempotency.IdempotentRequests;
import org.fundtrack.shared.idempotency.RequestKey;
import org.fundtrack.shared.time.BusinessClock;

/**
 * Files attached to progress reports. A recipient attaches to its own draft; the file is checked
 * from its content ({@link AttachmentInspector}) and stored with its SHA-256 in the same
 * transaction, or not at all. Ministry staff and the reporting organisation read attachments;
 * anyone else gets "not found", recorded.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.RECIPIENT})
public class AttachmentService {

  /** The operation an Idempotency-Key of an attachment is recorded under. */
  static final String ATTACH_OPERATION = "ATTACH_FILE";

  private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());

  @PersistenceContext(unitName = "fundtrack")
  private EntityManager em;

  @Inject private Actors actors;
  @Inject private AuditTrail audit;
  @Inject private AccessDenials denials;
  @Inject private IdempotentRequests requests;

  @Inject
  @ConfigProperty(name = "fundtrack.attachment.max-bytes", defaultValue = "10485760")
  private long maxBytes;

  /** The largest file accepted, in bytes; a reader stops there. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * @throws BusinessRuleViolation {@code security.notAllowed} for staff, {@code report.notFound},
   *     {@code report.notEditable}, or a refusal of {@link AttachmentInspector}
   */
  public long attach(@NotNull Caller caller, long reportId, String fileName, byte[] content) {
    return attach(caller, reportId, fileName, content, null).id();
  }

  /**
   * Attaches a file and returns the attachment's id, or finds the one an earlier request with the
   * same Idempotency-Key attached (none: always a new attachment).
   */
  public Creation attach(
      @NotNull Caller caller,
      long reportId,
      String fileName,
      byte[] content,
      @Valid RequestKey key) {
    ReportingPermissions.require(caller, ReportingAction.ATTACH);
    ProgressReport report = visibleReport(caller, reportId);
    Optional<Long> earlier = requests.claim(caller.userId(), ATTACH_OPERATION, key);
    if (earlier.isPresent()) {
      return Creation.replayed(earlier.get());
    }
    long id = store(caller, report, fileName, content);
    requests.complete(caller.userId(), key, id);
    return Creation.created(id);
  }

  private long store(Caller caller, ProgressReport report, String fileName, byte[] content) {
    long reportId = report.getId();
    AttachmentInspector.Inspected file = AttachmentInspector.inspect(fileName, content, maxBytes);
    Instant now = BusinessClock.now();
    ReportAttachment attachment =
        new ReportAttachment(
            report, file.fileName(), file.type().mediaType(), content, actors.of(caller), now);
    em.persist(attachment);
    em.flush();
    em.persist(new ReportAttachmentContent(attachment, content));
    audit.record(
        caller.username(),
        "ATTACH",
        null,
        now,
        new ChangeWatch()
            .created(
                () ->
                    AuditedState.of("ReportAttachment", attachment.getId())
                        .field("progress_report_id", report.getId())
                        .field("original_file_name", attachment.getOriginalFileName())
                        .field("content_type", attachment.getContentType())
                        .field("size_bytes", attachment.getSizeBytes())
                        .field("sha256", attachment.getSha256())
                        .build()));
    LOG.info(
        () -> caller.username() + " attached " + attachment.getId() + " to report " + reportId);
    return attachment.getId();
  }

  /** The report's attachments, oldest first. */
  public List<AttachmentView> list(@NotNull Caller caller, long reportId) {
    ProgressReport report = visibleReport(caller, reportId);
    return em
        .createQuery(
            "SELECT a FROM ReportAttachment a WHERE a.progressReport = :r ORDER BY a.id",
            ReportAttachment.class)
        .setParameter("r", report)
        .getResultList()
        .stream()
        .map(
            a ->
                new AttachmentView(
                    a.getId(),
                    a.getOriginalFileName(),
                    a.getContentType(),
                    a.getSizeBytes(),
                    a.getSha256(),
                    a.getUploadedAt()))
        .toList();
  }

  /** One attachment's bytes, checked against the stored SHA-256. */
  public AttachmentFile download(@NotNull Caller caller, long reportId, long attachmentId) {
    ProgressReport report = visibleReport(caller, reportId);
    ReportAttachment attachment = em.find(ReportAttachment.class, attachmentId);
    if (attachment == null || !attachment.getProgressReport().getId().equals(report.getId())) {
      throw BusinessRuleViolation.notFound("report.attachment.notFound", attachmentId);
    }
    ReportAttachmentContent stored = em.find(ReportAttachmentContent.class, attachmentId);
    byte[] content;
    try (InputStream in = stored.openStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!attachment.describes(content)) {
      throw new IllegalStateException("Attachment " + attachmentId + " fails its SHA-256 check");
    }
    return new AttachmentFile(
        attachment.getId(),
        attachment.getOriginalFileName(),
        attachment.getContentType(),
        attachment.getSha256(),
        content);
  }

  private ProgressReport visibleReport(Caller caller, long reportId) {
    ProgressReport report = em.find(ProgressReport.class, reportId);
    if (report == null || !caller.maySeeRecipient(report.getGrant().getRecipient().getId())) {
      if (caller.isRecipient()) {
        denials.record("progress report " + reportId);
      }
      throw BusinessRuleViolation.notFound("report.notFound", reportId);
    }
    return report;
  }
}
