package org.fundtrack.web.api;

import java.net.URI;

/**
 * The kinds of problem the API reports, each with its RFC 9457 type URI and its usual status. The
 * title and detail of each are in {@code ProblemMessages} under {@code problem.<slug>.title} and
 * {@code .detail}.
 */
public enum ProblemType {
  BAD_REQUEST("bad-request", 400),
  INVALID_PARAMETER("invalid-parameter", 400),
  UNKNOWN_PARAMETER("unknown-parameter", 400),
  VALIDATION("validation", 400),
  MALFORMED_BODY("malformed-body", 400),
  UNAUTHORIZED("unauthorized", 401),
  FORBIDDEN("forbidden", 403),
  CROSS_ORIGIN("cross-origin", 403),
  NOT_FOUND("not-found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", 406),
  CONFLICT("conflict", 409),
  PAYLOAD_TOO_LARGE("payload-too-large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
  BUSINESS_RULE("business-rule", 422),
  TOO_MANY_REQUESTS("too-many-requests", 429),
  HTTP_ERROR("http-error", 0),
  INTERNAL("internal", 500),
  UNAVAILABLE("unavailable", 503);

  private static final String URN_PREFIX = "urn:fundtrack:problem:";

  private final String slug;
  private final int status;

  ProblemType(String slug, int status) {
    this.slug = slug;
    this.status = status;
  }

  /** The type for an HTTP error status that has no more specific type. */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> TOO_MANY_REQUESTS;
      case 500 -> INTERNAL;
      case 503 -> UNAVAILABLE;
      default -> HTTP_ERROR;
    };
  }

  /** {@code urn:fundtrack:problem:not-found}: stable, so clients can compare it. */
  public URI uri() {
    return URI.create(URN_PREFIX + slug);
  }

  public String slug() {
    return slug;
  }

  /** The usual status; 0 for {@link #HTTP_ERROR}, which takes the status of the error. */
  public int status() {
    return status;
  }

  String titleKey() {
    return "problem." + slug + ".title";
  }

  String detailKey() {
    return "problem." + slug + ".detail";
  }
}
