package org.fundtrack.web.api;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.fundtrack.shared.idempotency.Creation;

/**
 * The answer to a {@link Replayable} creation: 201 with the Location and the created record,
 * whether this request created it or an earlier one with the same Idempotency-Key did (then marked
 * {@code Idempotent-Replayed: true}; the body is the record as it stands now).
 */
final class Replays {

  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  static final String KEY_DOC =
      "Optional, up to 64 characters, unique per intended creation: repeating the request with"
          + " the same key creates nothing more and answers the first result (201, same"
          + " Location, Idempotent-Replayed: true); the same key with another request is a 422.";

  private Replays() {}

  static Response created(URI location, Creation creation, Object entity) {
    Response.ResponseBuilder answer = Response.created(location).entity(entity);
    if (creation.replayed()) {
      answer.header(REPLAYED_HEADER, "true");
    }
    return answer.build();
  }
}
