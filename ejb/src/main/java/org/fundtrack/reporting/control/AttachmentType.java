package org.fundtrack.reporting.control;

import java.util.Set;

/** The kinds of file a progress report may carry, with their media type and file extensions. */
public enum AttachmentType {
  PDF("application/pdf", Set.of("pdf")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
  PNG("image/png", Set.of("png")),
  JPEG("image/jpeg", Set.of("jpg", "jpeg"));

  private final String mediaType;
  private final Set<String> extensions;

  AttachmentType(String mediaType, Set<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public Set<String> extensions() {
    return extensions;
  }
}
