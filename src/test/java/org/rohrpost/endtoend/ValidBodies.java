package org.rohrpost.endtoend;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Valid bodies of every operation of the API that takes JSON, for a client with a message system
 * {@code smtp}, a population {@code p} and a communication {@code c}; made afresh (with new keys)
 * each time they are asked for, so that one wrongly taken does not make the next a conflict.
 */
final class ValidBodies {
  private final String client;
  private final int smtpPort;
  private final Instant future;
  private final AtomicInteger fresh = new AtomicInteger();

  /** Bodies of a client's; {@code future}: when what they schedule is due. */
  ValidBodies(String client, int smtpPort, Instant future) {
    this.client = client;
    this.smtpPort = smtpPort;
    this.future = future;
  }

  boolean has(String operation) {
    return table().containsKey(operation);
  }

  /** The valid bodies of the operation ({@code "POST clients/{client}/adhoc"}). */
  List<JsonObject> of(String operation) {
    return table().get(operation).get();
  }

  private Map<String, Supplier<List<JsonObject>>> table() {
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
                .add("approvers", Json.createArrayBuilder().add(TestMailings.APPROVER))
                .add("queueClass", "NORMAL");
    Supplier<JsonObjectBuilder> messageSystem =
        () ->
            Json.createObjectBuilder()
                .add("type", "SMTP")
                .add("host", "127.0.0.1")
                .add("port", smtpPort)
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
                        .add("password", EndToEndTest.USER_PASSWORD)
                        .add("roles", Json.createArrayBuilder().add("VIEWER"))
                        .add("client", client)
                        .build())));
  }
}
