package org.fundtrack.reporting.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * The bytes of one attachment, in their own table and entity so that nothing but a download ever
 * loads them. Shares its key with its {@link ReportAttachment} and must match the size and SHA-256
 * recorded there. The database removes it with its attachment; it is never updated.
 */
@Entity
@Table(name = "report_attachment_content")
public class ReportAttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attachment_id")
  private ReportAttachment attachment;

  @Lob
  @Basic(fetch = FetchType.LAZY, optional = false)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected ReportAttachmentContent() {}

  /**
   * @throws IllegalArgumentException if the bytes are not the ones {@code attachment} describes
   */
  public ReportAttachmentContent(ReportAttachment attachment, byte[] content) {
    if (!attachment.describes(content)) {
      throw new IllegalArgumentException("Content does not match attachment metadata");
    }
    this.attachment = attachment;
    this.content = content.clone();
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public ReportAttachment getAttachment() {
    return attachment;
  }

  /** The bytes, for streaming to a download. */
  public InputStream openStream() {
    return new ByteArrayInputStream(content);
  }
}
