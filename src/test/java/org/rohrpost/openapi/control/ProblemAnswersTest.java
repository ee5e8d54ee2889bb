package org.rohrpost.openapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ProblemAnswers}, as the document the build made (process-classes) has them.
 */
class ProblemAnswersTest {
  private static JsonObject document;

  @BeforeAll
  static void built() throws IOException {
    try (InputStream json = ProblemAnswersTest.class.getResourceAsStream("/openapi/openapi.json")) {
      assertThat(json).as("the build's openapi.json").isNotNull();
      document = Json.createReader(json).readObject();
    }
  }

  @Test
  void anOperationBehindSignInMayBeRefusedForItsCredentialsRolesAndFailures() {
    assertThat(codes("listClients")).containsExactly("200", "401", "403", "429");
  }

  @Test
  void aPathNamingAThingAddsNotFoundAndABodyItsFourRefusals() {
    assertThat(codes("getClient")).containsExactly("200", "401", "403", "404", "429");
    assertThat(codes("createClient"))
        .containsExactly("201", "400", "401", "403", "409", "413", "415", "422", "429");
  }

  @Test
  void queryParametersMayBeInvalidAndAStateConflictIsWhereAMethodSaysSo() {
    assertThat(codes("searchMessages")).contains("422").doesNotContain("400", "409");
    assertThat(codes("approveBatch")).contains("404", "409").doesNotContain("422");
  }

  @Test
  void theUnsubscribeLinksNeedNoSignInAndSayTheirOwnAnswers() {
    JsonObject page = operation("showUnsubscribePage");
    assertThat(page.getJsonArray("security")).isEmpty();
    assertThat(codes("showUnsubscribePage")).containsExactly("200", "400", "410");
  }

  @Test
  void everyAnswerGivenByTheRulesIsAProblemBody() {
    JsonObject responses = document.getJsonObject("components").getJsonObject("responses");
    assertThat(responses.keySet())
        .containsExactlyInAnyOrder(
            ProblemAnswers.BAD_REQUEST,
            ProblemAnswers.UNAUTHORIZED,
            ProblemAnswers.FORBIDDEN,
            ProblemAnswers.NOT_FOUND,
            ProblemAnswers.CONFLICT,
            ProblemAnswers.TOO_LARGE,
            ProblemAnswers.UNSUPPORTED_TYPE,
            ProblemAnswers.UNPROCESSABLE,
            ProblemAnswers.TOO_MANY_REQUESTS);
    responses.forEach(
        (name, response) ->
            assertThat(
                    response
                        .asJsonObject()
                        .getJsonObject("content")
                        .getJsonObject("application/problem+json")
                        .getJsonObject("schema")
                        .getString("$ref"))
                .as(name)
                .isEqualTo("#/components/schemas/Problem"));
  }

  private static List<String> codes(String operationId) {
    return new ArrayList<>(operation(operationId).getJsonObject("responses").keySet());
  }

  private static JsonObject operation(String operationId) {
    for (JsonValue item : document.getJsonObject("paths").values()) {
      for (Map.Entry<String, JsonValue> op : item.asJsonObject().entrySet()) {
        if (op.getValue().asJsonObject().getString("operationId", "").equals(operationId)) {
          return op.getValue().asJsonObject();
        }
      }
    }
    throw new AssertionError("no operation " + operationId);
  }
}
