package org.fundtrack.reporting.boundary;

/** An attachment's bytes with the name and media type it is served under. */
public record AttachmentFile(
    long id, String fileName, String mediaType, String sha256, byte[] content) {}
