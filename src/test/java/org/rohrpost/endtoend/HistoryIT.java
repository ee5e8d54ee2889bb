package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/** The history: searched across batches, and a client's content deleted once it is sent. */
@OnEveryDatabase
class HistoryIT extends EndToEndTest {

  @Test
  void messagesAreFoundAcrossBatchesByClientRecipientStatusAndTime() throws Exception {
    Instant before = Instant.now();
    long first = adhoc(client, "ada@example.org", "bob@example.org");
    long second = adhoc(client, "ada@example.org");
    api.awaitBatch(first, "COMPLETED", Duration.ofSeconds(30));
    api.awaitBatch(second, "COMPLETED", Duration.ofSeconds(30));

    JsonArray ada = search("client=" + client + "&recipient=ada@EXAMPLE.ORG&status=SENT");
    JsonArray all = search("client=" + client + "&from=" + before);
    JsonArray none = search("client=" + client + "&to=" + before);

    assertThat(ada.getValuesAs(JsonObject.class))
        .extracting(r -> r.getJsonNumber("batch").longValue())
        .containsExactly(second, first);
    assertThat(ada.getJsonObject(0).getString("client")).isEqualTo(client);
    assertThat(ada.getJsonObject(0).getString("messageId")).isNotBlank();
    assertThat(all).hasSize(3);
    assertThat(none).isEmpty();
  }

  @Test
  void badSearchesAreRefused() {
    assertThat(api.get("messages?status=LOST").status()).isEqualTo(422);
    assertThat(api.get("messages?from=yesterday").status()).isEqualTo(422);
    assertThat(api.get("messages?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z").status())
        .isEqualTo(422);
    assertThat(api.get("messages?recipient=not-an-address").status()).isEqualTo(422);
    assertThat(api.get("messages?page=-1").status()).isEqualTo(422);
    assertThat(api.get("messages?client=nobody-" + client).status()).isEqualTo(404);
  }

  @Test
  void aClientThatDeletesOnSuccessKeepsOnlyWhoGotWhichMessage() throws Exception {
    String forgetful =
        api.newClient(
            "forgetful",
            Json.createObjectBuilder()
                .add("queueClass", "NORMAL")
                .add("deleteOnSuccess", true)
                .add("historyRetention", "P30D")
                .build(),
            smtp.getSmtp().getPort(),
            null);
    JsonObject created = api.get("clients/" + forgetful).json();
    assertThat(created.getBoolean("deleteOnSuccess")).isTrue();
    assertThat(created.getString("historyRetention")).isEqualTo("PT720H");
    long batch = adhoc(forgetful, "carol@example.org");
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));

    JsonObject row = search("client=" + forgetful).getJsonObject(0);
    JsonObject message = api.get("messages/" + row.getJsonNumber("id")).json();

    assertThat(receivedFor(batch)).hasSize(1);
    assertThat(message.getString("status")).isEqualTo("SENT");
    assertThat(message.getString("subject", null)).as("the subject, deleted").isNull();
    assertThat(message.getString("recipient")).isEqualTo("carol@example.org");
    assertThat(message.getString("messageId")).isEqualTo(row.getString("messageId"));
    RohrpostApi.Answer resend = api.post("messages/" + row.getJsonNumber("id") + "/resend");
    assertThat(resend.status()).isEqualTo(409);
    assertThat(resend.json().getString("detail")).contains("deleted when it was sent");
  }

  private JsonArray search(String query) {
    RohrpostApi.Answer answer = api.get("messages?" + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.structure().asJsonArray();
  }

  private long adhoc(String clientKey, String... recipients) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    List.of(recipients).forEach(r -> list.add(Json.createObjectBuilder().add("email", r)));
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + clientKey + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Hello")
                .add("text", "Hello")
                .add("recipients", list)
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }
}
