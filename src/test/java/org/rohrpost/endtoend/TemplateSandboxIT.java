package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A template sees the recipient's values and nothing else (ADR 22), whichever way it comes in: the
 * ad-hoc API and a communication here; JMS in {@link JmsRequestIT}, the wizard's live preview in
 * {@link LivePreviewSandboxIT}.
 */
class TemplateSandboxIT extends EndToEndTest {
  private static final String WORKING_DIRECTORY = System.getProperty("user.dir");

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text | A{{>pom.xml}}B",
        "text | {{>/etc/passwd}}",
        "html | <p>{{<pom.xml}}{{/pom.xml}}</p>",
        "html | {{=<% %>=}}<p><%&name%></p>",
        "html | <p>{{#data.list}}{{{.}}}{{/data.list}}</p>",
        "subject | Hi {{>src/main/resources/logging.properties}}",
      })
  void anAdhocTemplateThatLeavesTheSandboxIsRefusedNamingNoFile(String field, String template) {
    RohrpostApi.Answer answer = api.post("clients/" + client + "/adhoc", adhoc(field, template));

    assertRefusedAt(answer, field);
    assertThat(api.get("clients/" + client + "/batches").structure().asJsonArray()).isEmpty();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aCommunicationThatReachesForAFileIsRefused() {
    population("people", 1);
    JsonObject body =
        Json.createObjectBuilder()
            .add("key", "leak")
            .add("messageSystem", "smtp")
            .add("population", "people")
            .add("subject", "Hi")
            .add("html", "<p>{{>pom.xml}}</p>")
            .add("bypassApproval", true)
            .build();

    assertRefusedAt(api.post("clients/" + client + "/communications", body), "html");
    assertThat(api.get("clients/" + client + "/communications/leak").status()).isEqualTo(404);
  }

  @Test
  void methodsOfValuesAreNotCalled() throws Exception {
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/adhoc",
            adhoc(
                "text", "[{{email.bytes}}][{{name.class.name}}][{{#email}}{{length}}{{/email}}]"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    long batch = answer.json().getJsonNumber("batch").longValue();
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    List<MimeMessage> received = receivedFor(batch);
    assertThat(received).hasSize(1);
    assertThat(((String) received.get(0).getContent()).strip()).isEqualTo("[][][]");
  }

  static void assertRefusedAt(RohrpostApi.Answer answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(field);
    assertThat(answer.body())
        .doesNotContain(WORKING_DIRECTORY)
        .doesNotContain("<project")
        .doesNotContain("root:");
  }

  private JsonObject adhoc(String field, String template) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("messageSystem", "smtp")
            .add("subject", "Hello")
            .add("text", "Hello {{name}}")
            .add(
                "recipients",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("email", "ann@" + client + ".example.org")
                            .add("name", "Ann")
                            .add("data", Json.createObjectBuilder().add("list", "x"))));
    return body.add(field, template).build();
  }
}
