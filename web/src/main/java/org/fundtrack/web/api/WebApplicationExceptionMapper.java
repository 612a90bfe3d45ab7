package org.fundtrack.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS errors keep their status (404, 405, 406, 415…); a parameter the runtime could not convert
 * becomes 400.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {}
