package org.fundtrack.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards every state-changing API call (POST, PUT, PATCH, DELETE) against cross-site request
 * forgery, which HTTP Basic credentials a browser remembers would otherwise allow, after {@link
 * CrossSiteRequestFilter} has refused what a browser says another site sent:
 *
 * <ul>
 *   <li>bodies are JSON ({@code application/json}), which a page of another site cannot send
 *       without the browser first asking us (CORS), and we never agree; actions that take no input
 *       take an empty object, {@code {}}. Attachments, whose body is the file, refuse the three
 *       types an HTML form can send.
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

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  /** How the API document describes the body of an action that takes no input. */
  public static final String NO_INPUT =
      "An empty JSON object, {}: the action takes no input, and a JSON body is what shows the"
          + " request was not sent by a page of another site";

  private static final int EMPTY_OBJECT_MAX_BYTES = 64;

  private static final Map<Method, Boolean> TAKES_BODY = new ConcurrentHashMap<>();

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
    if (!TAKES_BODY.computeIfAbsent(method, StateChangingRequestFilter::takesBody)) {
      request.setEntityStream(emptyObject(request.getEntityStream()));
    }
  }

  /** The body of an action that takes no input, checked to be {@code {}}. */
  private static InputStream emptyObject(InputStream body) throws IOException {
    byte[] read = body.readNBytes(EMPTY_OBJECT_MAX_BYTES + 1);
    String text = new String(read, StandardCharsets.UTF_8).strip();
    if (read.length > EMPTY_OBJECT_MAX_BYTES || !text.matches("\\{\\s*}")) {
      throw new RefusedRequestException(
          ApiError.of(
              ProblemType.MALFORMED_BODY,
              Localized.message("problem.malformed-body.emptyObject.detail", "{}")));
    }
    return new ByteArrayInputStream(new byte[0]);
  }

  private static boolean acceptsAnyType(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.WILDCARD);
  }

  static boolean isJson(MediaType type) {
    return (type.getType().equalsIgnoreCase("application")
            && (type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json")))
        && (type.getParameters().get("charset") == null
            || type.getParameters().get("charset").equalsIgnoreCase("utf-8"));
  }

  private static String essence(MediaType type) {
    return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
  }

  /** Whether one of the method's parameters is the request body. */
  static boolean takesBody(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean annotatedElsewhere =
          Arrays.stream(parameter.getAnnotations())
              .anyMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
      if (!annotatedElsewhere) {
        return true;
      }
    }
    return false;
  }
}
