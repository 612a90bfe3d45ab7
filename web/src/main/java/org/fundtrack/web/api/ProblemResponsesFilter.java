package org.fundtrack.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.fundtrack.grant.boundary.AmendmentRequest;
import org.fundtrack.grant.boundary.CloseOutRequest;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.reporting.boundary.ReportDraft;

/**
 * Adds the problem responses every operation can give to the OpenAPI document, so that resources
 * declare only their own outcomes: 400, 401, 403, 500 and 503 on every operation, 404 where the
 * path names a record, 409 and 422 on every state-changing operation. A response an operation
 * declares itself is left as it is. It also describes the request records of the business layer
 * that resources take as bodies. Registered by {@code mp.openapi.filter} in {@code
 * META-INF/microprofile-config.properties}.
 */
public class ProblemResponsesFilter implements OASFilter {

  /** The business layer's request records the API takes as bodies (see {@link RecordSchemas}). */
  static final Class<?>[] REQUEST_RECORDS = {
    GrantDraft.class, AmendmentRequest.class, CloseOutRequest.class, ReportDraft.class
  };

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    RecordSchemas.of(REQUEST_RECORDS).forEach(openAPI.getComponents()::addSchema);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      boolean namesRecord = path.getKey().contains("{");
      Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
      if (operations == null) {
        continue;
      }
      operations.forEach(
          (method, operation) -> {
            boolean changes =
                method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            add(operation, "400", ProblemResponseDocs.BAD_REQUEST);
            add(operation, "401", ProblemResponseDocs.UNAUTHORIZED);
            add(operation, "403", ProblemResponseDocs.FORBIDDEN);
            if (namesRecord) {
              add(operation, "404", ProblemResponseDocs.NOT_FOUND);
            }
            if (changes) {
              add(operation, "409", ProblemResponseDocs.CONFLICT);
              add(operation, "422", ProblemResponseDocs.BUSINESS_RULE);
            }
            add(operation, "500", ProblemResponseDocs.INTERNAL);
            add(operation, "503", ProblemResponseDocs.UNAVAILABLE);
          });
    }
  }

  private static void add(Operation operation, String status, String description) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (responses.hasAPIResponse(status)) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        ProblemResponseDocs.PROBLEM_JSON,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))));
    responses.addAPIResponse(status, response);
  }
}
