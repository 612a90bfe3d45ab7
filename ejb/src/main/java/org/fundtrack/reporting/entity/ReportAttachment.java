package org.fundtrack.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.fundtrack.security.entity.AppUser;
import org.fundtrack.shared.error.BusinessRuleViolation;

/**
 * What is known about a file attached to a progress report: name, type, size and SHA-256, who
 * uploaded it and when. The bytes are a separate entity, {@link ReportAttachmentContent}, which
 * this class does not reference, so listing attachments never reads them. Size and hash are
 * computed from the bytes here, never taken from the client. Rows are never updated.
 */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "progress_report_id", nullable = false, updatable = false)
  private ProgressReport progressReport;

  @NotBlank(message = "{field.required}")
  @Size(max = 255, message = "{field.tooLong}")
  @Column(name = "original_file_name", nullable = false, updatable = false, length = 255)
  private String originalFileName;

  @NotBlank(message = "{field.required}")
  @Size(max = 100, message = "{field.tooLong}")
  @Column(name = "content_type", nullable = false, updatable = false, length = 100)
  private String contentType;

  @Min(value = 1, message = "{report.attachment.empty}")
  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @NotNull(message = "{field.required}")
  @Pattern(regexp = "[0-9a-f]{64}", message = "{report.attachment.sha256}")
  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @NotNull(message = "{field.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "uploaded_by_id", nullable = false, updatable = false)
  private AppUser uploadedBy;

  @NotNull(message = "{field.required}")
  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected ReportAttachment() {}

  /**
   * Describes {@code content} attached to a draft report; persist it, then a {@link
   * ReportAttachmentContent} with the same bytes.
   *
   * @throws BusinessRuleViolation {@code report.notEditable} unless the report is a draft, {@code
   *     report.attachment.empty} for no bytes
   */
  public ReportAttachment(
      ProgressReport report,
      String originalFileName,
      String contentType,
      byte[] content,
      AppUser uploadedBy,
      Instant uploadedAt) {
    report.requireEditable();
    if (content.length == 0) {
      throw BusinessRuleViolation.invalid("report.attachment.empty", originalFileName);
    }
    this.progressReport = report;
    this.originalFileName = originalFileName;
    this.contentType = contentType;
    this.sizeBytes = content.length;
    this.sha256 = sha256Hex(content);
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** Lower-case hex SHA-256, as the table stores it. */
  public static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** True when {@code content} is exactly the bytes this row describes. */
  public boolean describes(byte[] content) {
    return content.length == sizeBytes && sha256.equals(sha256Hex(content));
  }

  public Long getId() {
    return id;
  }

  public ProgressReport getProgressReport() {
    return progressReport;
  }

  public String getOriginalFileName() {
    return originalFileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public AppUser getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
