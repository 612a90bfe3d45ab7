package org.fundtrack.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of parameters: 400 naming each parameter, worded in the client's
 * language.
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {}
