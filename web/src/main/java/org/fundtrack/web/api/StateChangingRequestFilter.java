package org.fundtrack.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Guards every state-changing API call (POST, PUT, PATCH, DELETE) against cross-site request
 * forgery, which HTTP Basic credentials a browser remembers would otherwise allow, after {@link
 * CrossSiteRequestFilter} has refused what a browser says another site sent:
 *
 * <ul>
 *   <li>bodies are JSON ({@code application/json}), which a page of another site cannot send
 *       without the browser first asking us (CORS), and we never agree; actions that take no input
 *       take an empty object, {@code {}} ({@link NoInput}). Attachments, whose body is the file,
 *       refuse the three types an HTML form can send.
 * </ul>
 *
 * Refused before the resource runs, so nothing is changed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class StateChangingRequestFilter implements ContainerRequestFilter {

  /** What an HTML form (or a "simple" cross-origin fetch) can send without asking first. */
  private static final Set<String> FORM_TYPES =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Method method = resource.getResourceMethod();
    if (method == null || !CrossSiteRequestFilter.STATE_CHANGING.contains(request.getMethod())) {
      return;
    }
    MediaType type = request.getMediaType();
    if (acceptsAnyType(method)) {
      if (type == null || FORM_TYPES.contains(essence(type))) {
        throw new RefusedRequestException(
            ApiError.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                Localized.message("problem.unsupported-media-type.attachment.detail")));
      }
      return;
    }
    if (type == null || !isJson(type)) {
      throw new RefusedRequestException(ApiError.of(ProblemType.UNSUPPORTED_MEDIA_TYPE));
    }
  }

  private static boolean acceptsAnyType(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.WILDCARD);
  }

  /** JSON in UTF-8, the only charset the API reads. */
  static boolean isJson(MediaType type) {
    String charset = type.getParameters().get("charset");
    return StrictJsonReader.isJson(type) && (charset == null || charset.equalsIgnoreCase("utf-8"));
  }

  private static String essence(MediaType type) {
    return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
  }
}
