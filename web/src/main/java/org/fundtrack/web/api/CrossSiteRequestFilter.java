package org.fundtrack.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.fundtrack.security.control.ClientAddressResolver;
import org.fundtrack.web.security.CrossSiteRequests;

/**
 * Refuses, with 403 {@code cross-origin}, a state-changing API call (POST, PUT, PATCH, DELETE) that
 * a browser says a page of another site sent ({@code Sec-Fetch-Site}, {@code Origin}): before the
 * request is matched to a resource, so the answer is the same whatever else is wrong with it, and
 * nothing runs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (STATE_CHANGING.contains(request.getMethod())
        && CrossSiteRequests.isCrossSite(
            servletRequest, CDI.current().select(ClientAddressResolver.class).get())) {
      throw new RefusedRequestException(ApiError.of(ProblemType.CROSS_ORIGIN));
    }
  }
}
