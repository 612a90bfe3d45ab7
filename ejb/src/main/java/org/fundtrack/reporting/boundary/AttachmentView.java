package org.fundtrack.reporting.boundary;

import java.time.Instant;

/** An attachment as a report lists it. */
public record AttachmentView(
    long id,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt) {}
