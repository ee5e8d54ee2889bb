package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.endtoend.ApiOperations.Operation;

/**
 * Every operation of the served OpenAPI document, given each bad value of the corpus ({@link
 * BadValues}) in each of its parameters and body fields, answers a 4xx problem body (a 422 naming
 * the field), never a 5xx, and changes nothing ({@link BadRequests}). Each bad value goes into an
 * otherwise valid request ({@link ValidBodies}), so that a value the server wrongly takes shows as
 * a 2xx.
 */
@OnEveryDatabase
class ApiBadInputIT extends EndToEndTest {
  private static final String JSON = BadRequests.JSON;

  /** Operations whose table body is valid in form but cannot succeed here, and why. */
  private static final Map<String, String> NOT_HERE =
      Map.of(
          "POST messages/{id}/correct", "only a dead message is corrected",
          "POST servers/{instance}/move", "only the work of a server that is gone moves");

  private final Instant future = Instant.now().plus(30, ChronoUnit.DAYS);
  private ValidBodies valid;
  private long batch;
  private long message;
  private long schedule;
  private String viewer;

  /** A population, a communication, a batch, ledger rows, a schedule, a user, a suppression. */
  @BeforeEach
  void fixture() {
    valid = new ValidBodies(client, smtp.getSmtp().getPort(), future);
    population("p", 2);
    communication("c", "p", true);
    batch = newBatch("c", future.toString());
    long adhoc =
        api.post("clients/" + client + "/adhoc", valid.of("POST clients/{client}/adhoc").get(0))
            .json()
            .getJsonNumber("batch")
            .longValue();
    message =
        api.get("batches/" + adhoc + "/messages")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    schedule =
        created(
                api.post(
                    "clients/" + client + "/schedules",
                    valid.of("POST clients/{client}/schedules").get(0)))
            .getJsonNumber("id")
            .longValue();
    viewer = user("viewer", "VIEWER");
    created(
        api.post(
            "clients/" + client + "/suppressions",
            Json.createObjectBuilder().add("email", "gone@example.org").build()));
  }

  @Test
  void everyBadValueIsRefusedWithAProblemAndChangesNothing() throws Exception {
    List<Operation> operations = ApiOperations.served(URI.create(server.toString()));
    String before = state();

    List<BadRequests.Case> cases = BadRequests.of(operations, valid, this::fill);
    assertThat(cases)
        .as("the document says which fields are dates, durations and enumerations")
        .map(BadRequests.Case::what)
        .anyMatch(what -> what.contains("sendAt date +99999"))
        .anyMatch(what -> what.contains("query from=%2B99999"))
        .anyMatch(what -> what.contains("messageLifetime duration P99999D"))
        .anyMatch(what -> what.contains("roles unknown enum value in a list"))
        .anyMatch(what -> what.contains("query status=NO_SUCH_VALUE"))
        .anyMatch(what -> what.contains("tls unknown enum value"));
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (BadRequests.Case c : cases) {
      RohrpostApi.Answer answer =
          api.exchange(c.method(), c.path(), c.contentType(), c.body(), c.accept());
      sent++;
      String wrong = c.wrongIn(answer);
      if (wrong != null) {
        failures.add(c + " -> " + wrong);
      }
    }

    assertThat(sent).isGreaterThan(1000);
    assertThat(failures).as("%d of %d requests", failures.size(), sent).isEmpty();
    assertThat(state()).isEqualTo(before);
  }

  /** What the corpus is put into must be valid, or the corpus proves nothing. */
  @Test
  void theBodiesOfTheTableAreAccepted() throws Exception {
    for (Operation op : ApiOperations.served(URI.create(server.toString()))) {
      if (op.body() == null || NOT_HERE.containsKey(op.key())) {
        continue;
      }
      assertThat(valid.has(op.key())).as("valid bodies of %s", op).isTrue();
      for (JsonObject body : valid.of(op.key())) {
        RohrpostApi.Answer answer =
            api.exchange(op.method(), fill(op.path()), JSON, body.toString(), JSON);
        assertThat(answer.status()).as(op + " " + body + ": " + answer.body()).isBetween(200, 299);
      }
    }
  }

  /** The path with each parameter replaced by the fixture's thing of that name. */
  private String fill(String path) {
    return path.replace("{client}", client)
        .replace("communications/{key}", "communications/c")
        .replace("message-systems/{key}", "message-systems/smtp")
        .replace("populations/{key}", "populations/p")
        .replace("schedules/{id}", "schedules/" + schedule)
        .replace("batches/{id}", "batches/" + batch)
        .replace("messages/{id}", "messages/" + message)
        .replace("{email}", "gone@example.org")
        .replace("{username}", viewer)
        .replace("{instance}", "it-server")
        .replace("{token}", "not-a-token");
  }

  /** What a refused request must leave as it was: every list an administrator sees. */
  private String state() {
    List<String> lists = new ArrayList<>();
    lists.add(api.get("clients").body());
    lists.add(api.get("users").body());
    for (String things :
        List.of("communications", "message-systems", "populations", "schedules", "suppressions")) {
      lists.add(api.get("clients/" + client + "/" + things).body());
    }
    lists.add(ids(api.get("clients/" + client + "/batches")));
    lists.add(ids(api.get("messages?client=" + client)));
    return String.join("\n", lists);
  }

  private static String ids(RohrpostApi.Answer list) {
    return list.structure().asJsonArray().stream()
        .map(v -> v.asJsonObject().get("id").toString())
        .collect(Collectors.joining(","));
  }

  private static JsonObject created(RohrpostApi.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json();
  }
}
