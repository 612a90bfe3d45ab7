package org.fundtrack.web.api;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The shape of every exception mapper of the API: the request's headers, path, caller and resource
 * method go to {@link ProblemResponses}, which decides the problem and words it. The subclasses
 * exist only so that JAX-RS picks one of them, the closest to the exception's type, instead of the
 * runtime's own mappers, which answer with HTML or an empty body.
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

  @Context private HttpHeaders headers;
  @Context private UriInfo uri;
  @Context private SecurityContext security;
  @Context private ResourceInfo resource;

  @Override
  public Response toResponse(E exception) {
    return ProblemResponses.of(exception, headers, uri, security, resource);
  }
}
