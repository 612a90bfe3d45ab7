package org.fundtrack.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}): the standard members and one
 * extension, {@code errors}, naming each rejected parameter or field. Never carries a stack trace
 * or an exception message.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    @Schema(example = "urn:fundtrack:problem:not-found") URI type,
    @Schema(description = "Short summary in the client's language") String title,
    int status,
    @Schema(description = "Explanation of this occurrence in the client's language") String detail,
    @Schema(description = "The request path", example = "/fundtrack/api/v1/grants/42")
        String instance,
    @Schema(description = "Rejected parameters or fields; absent when there are none")
        List<Error> errors) {

  /** One rejected parameter or field and why. */
  @Schema(name = "ProblemError")
  @JsonbPropertyOrder({"name", "message"})
  public record Error(String name, String message) {}

  public static final String MEDIA_TYPE = "application/problem+json";
}
