package org.fundtrack.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON of the expected shape: 400. */
@Provider
public class JsonbExceptionMapper extends ProblemMapper<JsonbException> {}
