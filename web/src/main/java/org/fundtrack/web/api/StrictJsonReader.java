package org.fundtrack.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every JSON request body, before JSON-B binds it: at most {@code fundtrack.api.max-body-bytes}
 * (413 beyond) and {@link StrictJson}. A resource that reads the raw body (an attachment, whose
 * type is read from its content whatever it is sent as) has its own limit and is left alone.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

  static final String MAX_BYTES = "fundtrack.api.max-body-bytes";
  static final int DEFAULT_MAX_BYTES = 1_048_576;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (context.getType() == InputStream.class
        || context.getType() == byte[].class
        || type == null
        || !type.getType().equalsIgnoreCase("application")
        || !(type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"))) {
      return context.proceed();
    }
    int max = maxBytes();
    byte[] body = context.getInputStream().readNBytes(max + 1);
    if (body.length > max) {
      throw new RefusedRequestException(tooLarge(max));
    }
    StrictJson.check(body, context.getGenericType());
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static ApiError tooLarge(int max) {
    return ApiError.of(
        ProblemType.PAYLOAD_TOO_LARGE, Localized.message("body.tooLarge.detail", max));
  }

  static int maxBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue(MAX_BYTES, Integer.class)
        .filter(n -> n > 0)
        .orElse(DEFAULT_MAX_BYTES);
  }
}
