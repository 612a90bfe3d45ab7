package org.fundtrack.web.api;

import jakarta.ws.rs.ext.Provider;

/** Anything else: 500 with a generic message and a log reference, never a stack trace. */
@Provider
public class LastResortExceptionMapper extends ProblemMapper<Throwable> {}
