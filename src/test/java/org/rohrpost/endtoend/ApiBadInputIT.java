package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.endtoend.ApiOperations.Operation;
import org.rohrpost.endtoend.ApiOperations.Parameter;

/**
 * Every operation of the served OpenAPI document, given each bad value of the corpus ({@link
 * BadValues}) in each of its parameters and body fields, answers a 4xx problem body (a 422 naming
 * the field), never a 5xx, and changes nothing. Each bad value goes into an otherwise valid request
 * of the table below, so that a value the server wrongly takes shows as a 2xx.
 */
class ApiBadInputIT extends EndToEndTest {
  private static final String JSON = "application/json";
  private static final String PLACEHOLDER = "\"@@bad@@\"";

  /** Operations that answer with a page for a person rather than a problem body. */
  private static final Set<String> PAGES = Set.of("GET unsubscribe/{token}");

  /** Operations whose table body is valid in form but cannot succeed here, and why. */
  private static final Map<String, String> NOT_HERE =
      Map.of(
          "POST messages/{id}/correct", "only a dead message is corrected",
          "POST servers/{instance}/move", "only the work of a server that is gone moves");

  private final AtomicInteger fresh = new AtomicInteger();
  private final Instant future = Instant.now().plus(30, ChronoUnit.DAYS);
  private long batch;
  private long message;
  private long schedule;
  private String viewer;

  /** A population, a communication, a batch, ledger rows, a schedule, a user, a suppression. */
  @BeforeEach
  void fixture() {
    population("p", 2);
    communication("c", "p", true);
    batch = newBatch("c", future.toString());
    long adhoc =
        api.post(
                "clients/" + client + "/adhoc",
                validBodies().get("POST clients/{client}/adhoc").get().get(0))
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
                    validBodies().get("POST clients/{client}/schedules").get().get(0)))
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

    List<Case> cases = cases(operations);
    assertThat(cases)
        .as("the document says which fields are dates, durations and enumerations")
        .map(Case::what)
        .anyMatch(what -> what.contains("sendAt date +99999"))
        .anyMatch(what -> what.contains("query from=%2B99999"))
        .anyMatch(what -> what.contains("messageLifetime duration P99999D"))
        .anyMatch(what -> what.contains("roles unknown enum value in a list"))
        .anyMatch(what -> what.contains("query status=NO_SUCH_VALUE"))
        .anyMatch(what -> what.contains("tls unknown enum value"));
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (Case c : cases) {
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
    Map<String, Supplier<List<JsonObject>>> table = validBodies();
    for (Operation op : ApiOperations.served(URI.create(server.toString()))) {
      if (op.body() == null || NOT_HERE.containsKey(op.key())) {
        continue;
      }
      assertThat(table).as("valid bodies of %s", op).containsKey(op.key());
      for (JsonObject body : table.get(op.key()).get()) {
        RohrpostApi.Answer answer =
            api.exchange(op.method(), fill(op.path()), JSON, body.toString(), JSON);
        assertThat(answer.status()).as(op + " " + body + ": " + answer.body()).isBetween(200, 299);
      }
    }
  }

  /** One request of the corpus and what its answer must be. */
  private record Case(
      String what,
      String method,
      String path,
      String contentType,
      String body,
      String accept,
      int status,
      String field,
      boolean page) {

    /** Null when the answer is right, else what is wrong with it. */
    String wrongIn(RohrpostApi.Answer answer) {
      if (status != 0
          ? answer.status() != status
          : answer.status() < 400 || answer.status() > 499) {
        return answer.status() + " " + abbreviated(answer.body());
      }
      if (page) {
        return null;
      }
      if (!answer.contentType().startsWith("application/problem+json")) {
        return answer.status() + " as " + answer.contentType();
      }
      JsonObject problem = answer.json();
      if (problem.getInt("status", 0) != answer.status()) {
        return "problem status " + problem.get("status") + " in a " + answer.status();
      }
      if (answer.status() == 422 && field != null) {
        JsonArray errors = problem.getJsonArray("errors");
        boolean named =
            errors != null
                && errors.stream()
                    .map(e -> e.asJsonObject().getString("field", ""))
                    .anyMatch(f -> f.contains(field));
        if (!named) {
          return "422 not naming " + field + ": " + abbreviated(answer.body());
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return what;
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private List<Case> cases(List<Operation> operations) {
    Map<String, Supplier<List<JsonObject>>> table = validBodies();
    List<Case> cases = new ArrayList<>();
    Set<String> paths = new LinkedHashSet<>();
    for (Operation op : operations) {
      String tag = "[" + op.key() + "]";
      boolean page = PAGES.contains(op.key());
      boolean takesJson = op.body() != null;
      String validBody = takesJson ? table.get(op.key()).get().get(0).toString() : null;
      String contentType = takesJson ? JSON : null;
      paths.add(op.path());
      for (Parameter p : op.parameters()) {
        for (String bad : BadValues.forParameter(p)) {
          String what = tag + " " + p.in() + " " + p.name() + "=" + abbreviated(bad);
          String path =
              p.in().equals("path")
                  ? fill(op.path().replace("{" + p.name() + "}", bad))
                  : fill(op.path()) + "?" + p.name() + "=" + bad;
          String field = p.in().equals("query") ? p.name() : null;
          cases.add(
              new Case(what, op.method(), path, contentType, validBody, JSON, 0, field, page));
        }
      }
      if (takesJson) {
        for (JsonObject base : table.get(op.key()).get()) {
          addBodyCases(cases, op, tag, op.body(), base, new ArrayList<>());
        }
        for (String malformed : BadValues.MALFORMED_BODIES) {
          cases.add(
              new Case(
                  tag + " body " + abbreviated(malformed),
                  op.method(),
                  fill(op.path()),
                  JSON,
                  malformed,
                  JSON,
                  0,
                  null,
                  false));
        }
        cases.add(
            new Case(
                tag + " as text/xml",
                op.method(),
                fill(op.path()),
                "text/xml",
                "<a/>",
                JSON,
                415,
                null,
                false));
      }
      if (op.mediaTypes().contains("text/csv")) {
        for (String csv : List.of("", "name\nBob\n")) {
          cases.add(
              new Case(
                  tag + " CSV " + csv.replace("\n", "\\n"),
                  op.method(),
                  fill(op.path()),
                  "text/csv",
                  csv,
                  JSON,
                  0,
                  null,
                  false));
        }
      }
      if (!op.path().startsWith("unsubscribe")) {
        cases.add(
            new Case(
                tag + " accepting text/plain",
                op.method(),
                fill(op.path()),
                contentType,
                validBody,
                "text/plain",
                406,
                null,
                false));
      }
    }
    cases.add(
        new Case("[GET no/such/path]", "GET", "no/such/path", null, null, JSON, 404, null, false));
    for (String path : paths) {
      cases.add(
          new Case(
              "[PATCH " + path + "]", "PATCH", fill(path), JSON, "{}", JSON, 405, null, false));
    }
    return cases;
  }

  /**
   * For each property of the schema: each bad value in its place in the base body; into the
   * properties of an object, or of the first object of a list, that the base body has.
   */
  private void addBodyCases(
      List<Case> cases,
      Operation op,
      String tag,
      JsonObject schema,
      JsonValue base,
      List<Object> at) {
    JsonObject properties = schema.getJsonObject("properties");
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
      List<Object> where = new ArrayList<>(at);
      where.add(property.getKey());
      if (!at.isEmpty() && valueAt(base, where) == null) {
        continue; // what a nested object may hold depends on what it has (a recurrence's kind)
      }
      JsonObject propertySchema = property.getValue().asJsonObject();
      String body = withPlaceholder(base, where).toString();
      for (BadValues.Bad bad : BadValues.forProperty(propertySchema)) {
        cases.add(
            new Case(
                tag + " " + path(where) + " " + bad,
                op.method(),
                fill(op.path()),
                JSON,
                body.replace(PLACEHOLDER, bad.json()),
                JSON,
                0,
                bad.wholeBody() ? "body" : property.getKey(),
                false));
      }
      JsonValue present = valueAt(base, where);
      if (present instanceof JsonObject) {
        addBodyCases(cases, op, tag, propertySchema, base, where);
      } else if (present instanceof JsonArray list
          && !list.isEmpty()
          && list.get(0) instanceof JsonObject
          && propertySchema.containsKey("items")) {
        where.add(0);
        addBodyCases(cases, op, tag, propertySchema.getJsonObject("items"), base, where);
      }
    }
  }

  private static String path(List<Object> where) {
    return where.stream()
        .map(s -> s instanceof Integer i ? "[" + i + "]" : "." + s)
        .collect(Collectors.joining())
        .substring(1);
  }

  private static JsonValue valueAt(JsonValue value, List<Object> where) {
    for (Object step : where) {
      if (value instanceof JsonObject o && step instanceof String name) {
        value = o.get(name);
      } else if (value instanceof JsonArray a && step instanceof Integer i && i < a.size()) {
        value = a.get(i);
      } else {
        return null;
      }
    }
    return value;
  }

  /** The base with the placeholder string at {@code where} (added if it is not there). */
  private static JsonValue withPlaceholder(JsonValue base, List<Object> where) {
    if (where.isEmpty()) {
      return Json.createValue("@@bad@@");
    }
    Object step = where.get(0);
    List<Object> rest = where.subList(1, where.size());
    if (step instanceof String name) {
      JsonObject o = base.asJsonObject();
      JsonValue inner = o.getOrDefault(name, JsonValue.EMPTY_JSON_OBJECT);
      return Json.createObjectBuilder(o).add(name, withPlaceholder(inner, rest)).build();
    }
    JsonArray a = base.asJsonArray();
    int index = (Integer) step;
    return Json.createArrayBuilder(a).set(index, withPlaceholder(a.get(index), rest)).build();
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

  /** Valid bodies of every operation that takes JSON, made afresh (with new keys) each call. */
  private Map<String, Supplier<List<JsonObject>>> validBodies() {
    String soon = future.toString();
    String later = future.plus(1, ChronoUnit.DAYS).toString();
    Supplier<List<JsonObject>> schedules =
        () ->
            List.of(
                Json.createObjectBuilder()
                    .add("communication", "c")
                    .add("category", "mailing")
                    .add("at", soon)
                    .add("timeZone", "Europe/Berlin")
                    .add(
                        "misfire",
                        Json.createObjectBuilder().add("policy", "SKIP").add("grace", "PT2H"))
                    .build(),
                Json.createObjectBuilder()
                    .add("communication", "c")
                    .add(
                        "recurrence",
                        Json.createObjectBuilder()
                            .add("frequency", "MONTHLY")
                            .add("time", "08:00")
                            .add("dayOfMonth", 1))
                    .add("timeZone", "UTC")
                    .build(),
                Json.createObjectBuilder()
                    .add("communication", "c")
                    .add(
                        "recurrence",
                        Json.createObjectBuilder()
                            .add("frequency", "WEEKLY")
                            .add("time", "08:00")
                            .add("days", Json.createArrayBuilder().add("MONDAY")))
                    .add("timeZone", "UTC")
                    .build());
    Supplier<JsonObjectBuilder> communication =
        () ->
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("population", "p")
                .add("subject", "News for {{name}}")
                .add("html", "<p>Dear {{name}}</p>")
                .add("text", "Dear {{name}}")
                .add("bypassApproval", false)
                .add("approvers", Json.createArrayBuilder().add(APPROVER))
                .add("queueClass", "NORMAL");
    Supplier<JsonObjectBuilder> messageSystem =
        () ->
            Json.createObjectBuilder()
                .add("type", "SMTP")
                .add("host", "127.0.0.1")
                .add("port", smtp.getSmtp().getPort())
                .add("tls", "NONE")
                .add("username", "user")
                .add("password", "secret")
                .add("from", "sender@rohrpost.test")
                .add("ratePerSecond", 5.5);
    Supplier<JsonObjectBuilder> recipient =
        () ->
            Json.createObjectBuilder()
                .add("email", "member" + fresh.incrementAndGet() + "@example.org")
                .add("name", "Member")
                .add("data", Json.createObjectBuilder().add("code", "A1"));
    return Map.ofEntries(
        Map.entry(
            "POST clients",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("key", "bad-" + fresh.incrementAndGet() + "-" + client)
                        .add("name", "Bad input")
                        .add("queueClass", "BULK")
                        .add("messageLifetime", "P1D")
                        .add("historyRetention", "P30D")
                        .add("deleteOnSuccess", false)
                        .add("onTheWire", "REVIEW")
                        .build())),
        Map.entry(
            "POST clients/{client}/adhoc",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("messageSystem", "smtp")
                        .add("subject", "Hello {{name}}")
                        .add("html", "<p>Hello {{name}}</p>")
                        .add("text", "Hello {{name}}")
                        .add(
                            "recipients",
                            Json.createArrayBuilder()
                                .add(
                                    recipient.get().add("notBefore", soon).add("expiresAt", later)))
                        .add("notBefore", soon)
                        .add("expiresAt", later)
                        .add("maxAttempts", 3)
                        .add("queueClass", "NORMAL")
                        .build())),
        Map.entry(
            "POST clients/{client}/api-keys",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("name", "app-" + fresh.incrementAndGet() + "-" + client)
                        .add("roles", Json.createArrayBuilder().add("SCHEDULER"))
                        .build())),
        Map.entry(
            "POST clients/{client}/communications",
            () -> List.of(communication.get().add("key", "c" + fresh.incrementAndGet()).build())),
        Map.entry(
            "PUT clients/{client}/communications/{key}",
            () -> List.of(communication.get().build())),
        Map.entry(
            "POST clients/{client}/communications/{key}/batches",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("sendAt", soon)
                        .add("expiresAt", later)
                        .build())),
        Map.entry(
            "POST clients/{client}/message-systems",
            () -> List.of(messageSystem.get().add("key", "m" + fresh.incrementAndGet()).build())),
        Map.entry(
            "PUT clients/{client}/message-systems/{key}",
            () -> List.of(messageSystem.get().build())),
        Map.entry(
            "PUT clients/{client}/populations/{key}",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("recipients", Json.createArrayBuilder().add(recipient.get()))
                        .build())),
        Map.entry("POST clients/{client}/schedules", schedules),
        Map.entry("PUT clients/{client}/schedules/{id}", schedules),
        Map.entry(
            "POST clients/{client}/suppressions",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("email", "gone" + fresh.incrementAndGet() + "@example.org")
                        .add("reason", "asked")
                        .build())),
        Map.entry(
            "POST messages/{id}/correct",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("recipient", "corrected@example.org")
                        .add("name", "Corrected")
                        .add("subject", "Hello")
                        .add("html", "<p>Hello</p>")
                        .add("text", "Hello")
                        .build())),
        Map.entry(
            "POST servers/{instance}/move",
            () -> List.of(Json.createObjectBuilder().add("to", "it-server").build())),
        Map.entry(
            "POST users",
            () ->
                List.of(
                    Json.createObjectBuilder()
                        .add("username", "u" + fresh.incrementAndGet() + "-" + client)
                        .add("password", USER_PASSWORD)
                        .add("roles", Json.createArrayBuilder().add("VIEWER"))
                        .add("client", client)
                        .build())));
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
