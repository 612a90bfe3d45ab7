package org.fundtrack.web.api;

import jakarta.ws.rs.ext.Provider;

/** Requests refused by the API itself: an invalid or unknown parameter (400). */
@Provider
public class ApiRequestExceptionMapper extends ProblemMapper<ApiRequestException> {}
