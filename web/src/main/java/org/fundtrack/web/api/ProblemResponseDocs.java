package org.fundtrack.web.api;

/** Descriptions shared by the OpenAPI annotations of the resources. */
final class ProblemResponseDocs {

  static final String PROBLEM_JSON = Problem.MEDIA_TYPE;
  static final String BAD_REQUEST =
      "A parameter is of the wrong type, out of range, too long or unknown";
  static final String UNAUTHORIZED = "No or wrong credentials (HTTP Basic)";
  static final String FORBIDDEN = "The caller's role may not use this endpoint";
  static final String NOT_FOUND =
      "No such record, or one outside the caller's organisation (the same answer for both)";
  static final String CONFLICT = "Someone else changed the record meanwhile; reload and retry";
  static final String BUSINESS_RULE =
      "A business rule refused the change (state, authority, four eyes, budget); nothing was saved";
  static final String INTERNAL = "Unexpected failure; logged under the reference in the detail";
  static final String UNAVAILABLE =
      "The database is away or busy; nothing was done: retry after the Retry-After seconds";

  private ProblemResponseDocs() {}
}
