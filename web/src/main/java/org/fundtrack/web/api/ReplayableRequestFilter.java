package org.fundtrack.web.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.fundtrack.reporting.boundary.AttachmentService;
import org.fundtrack.shared.idempotency.RequestKey;

/**
 * For a {@link Replayable} request that carries an {@code Idempotency-Key}: reads the body once,
 * fingerprints the request (SHA-256 over method, path with query and body, so "the same request"
 * means the same bytes), hands the body on unchanged and leaves the {@link RequestKey} for the
 * resource ({@link #keyOf}).
 */
@Provider
@Replayable
public class ReplayableRequestFilter implements ContainerRequestFilter {

  public static final String HEADER = "Idempotency-Key";

  private static final String PROPERTY = RequestKey.class.getName();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null) {
      return;
    }
    byte[] body = request.hasEntity() ? readBounded(request) : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    URI uri = request.getUriInfo().getRequestUri();
    String target =
        request.getMethod()
            + ' '
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + '\n';
    request.setProperty(PROPERTY, new RequestKey(key, fingerprint(target, body)));
  }

  /**
   * The body, read whole to be fingerprinted, but never more than the API reads of one: a JSON body
   * over its limit is refused here (413); a file is read one byte past the attachment limit, so the
   * resource refuses it with its own message.
   */
  private static byte[] readBounded(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    if (type != null && StrictJsonReader.isJson(type)) {
      return StrictJsonReader.readAtMost(request.getEntityStream(), StrictJsonReader.maxBytes());
    }
    long max = CDI.current().select(AttachmentService.class).get().maxBytes();
    return request.getEntityStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
  }

  /** The key the request came with and its fingerprint; null when it came without one. */
  public static RequestKey keyOf(HttpServletRequest request) {
    return (RequestKey) request.getAttribute(PROPERTY);
  }

  static String fingerprint(String target, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(target.getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
