package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fundtrack.reporting.boundary.AttachmentView;

/** An attachment of a progress report. */
@Schema(name = "Attachment")
@JsonbPropertyOrder({"id", "fileName", "mediaType", "sizeBytes", "sha256", "uploadedAt"})
public record AttachmentDto(
    long id, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {

  static AttachmentDto of(AttachmentView a) {
    return new AttachmentDto(
        a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(), a.uploadedAt());
  }
}
