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

  /** What is read of an oversized body before answering; beyond it the connection is dropped. */
  private static final int MAX_DRAINED_BYTES = 16 * 1_048_576;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (context.getType() == InputStream.class
        || context.getType() == byte[].class
        || type == null
        || !isJson(type)) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), maxBytes());
    StrictJson.check(body, context.getGenericType());
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** {@code application/json} or a {@code +json} type, whatever its parameters. */
  static boolean isJson(MediaType type) {
    return type.getType().equalsIgnoreCase("application")
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }

  /**
   * The body, refused with 413 when it is over {@code max} bytes. What was sent is read on (up to a
   * bound) before refusing, so the client is still reading when the answer comes, not cut off.
   */
  static byte[] readAtMost(InputStream body, int max) throws IOException {
    byte[] read = body.readNBytes(max + 1);
    if (read.length > max) {
      body.readNBytes(MAX_DRAINED_BYTES);
      throw new RefusedRequestException(tooLarge(max));
    }
    return read;
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
