package org.fundtrack.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;

/** Failures reading or writing an entity: 400 when the body was malformed JSON, 500 otherwise. */
@Provider
public class ProcessingExceptionMapper extends ProblemMapper<ProcessingException> {}
