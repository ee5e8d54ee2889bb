package org.rohrpost.openapi.control;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Which problem answers an operation of the API documents, each rule written once: every operation
 * behind sign-in may be refused for its credentials (401), its roles or client (403) and for too
 * many failed sign-ins (429); one whose path names a thing, because it is not there (404); one that
 * reads a body, because it is not JSON (400), too large (413), of another media type (415) or has
 * invalid fields (422); one with query parameters, because one is invalid (422). A state conflict
 * (409) is what a resource method says itself. Applied by the build that makes the document (ADR
 * 29); the answers are the document's response components of these names, defined on the REST
 * application.
 */
public class ProblemAnswers implements OASFilter {
  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String TOO_LARGE = "ContentTooLarge";
  public static final String UNSUPPORTED_TYPE = "UnsupportedMediaType";
  public static final String UNPROCESSABLE = "UnprocessableContent";
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    boolean signInByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
    for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
      for (Operation operation : path.getValue().getOperations().values()) {
        List<?> security = operation.getSecurity();
        if (security == null ? signInByDefault : !security.isEmpty()) {
          answer(path.getKey(), operation);
        }
      }
    }
  }

  private static void answer(String path, Operation operation) {
    add(operation, "401", UNAUTHORIZED);
    add(operation, "403", FORBIDDEN);
    add(operation, "429", TOO_MANY_REQUESTS);
    if (path.contains("{")) {
      add(operation, "404", NOT_FOUND);
    }
    if (operation.getRequestBody() != null) {
      add(operation, "400", BAD_REQUEST);
      add(operation, "413", TOO_LARGE);
      add(operation, "415", UNSUPPORTED_TYPE);
      add(operation, "422", UNPROCESSABLE);
    }
    if (operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
      add(operation, "422", UNPROCESSABLE);
    }
    APIResponses responses = operation.getResponses();
    responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
  }

  /** Adds the answer unless the operation documents that status itself. */
  private static void add(Operation operation, String status, String answer) {
    APIResponses responses = operation.getResponses();
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(answer));
    }
  }
}
