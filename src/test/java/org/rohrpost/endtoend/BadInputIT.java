package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rohrpost.OnEveryDatabase;

/** Every kind of bad input answers with a problem body, writes nothing and sends nothing. */
@OnEveryDatabase
class BadInputIT extends EndToEndTest {

  static Stream<Arguments> badAdhocRequests() {
    return Stream.of(
        bad("invalid address", 422, b -> b.add("recipients", recipients("not-an-address"))),
        bad(
            "address with CR/LF",
            422,
            b -> b.add("recipients", recipients("a@b.org\r\nBcc: x@y.org"))),
        bad("CR/LF in the subject", 422, b -> b.add("subject", "Hi\r\nBcc: evil@example.org")),
        bad("line separator in the subject", 422, b -> b.add("subject", "Hi\u2028there")),
        bad(
            "CR/LF in a recipient name",
            422,
            b ->
                b.add(
                    "recipients",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("email", "a@b.org")
                                .add("name", "A\nB")))),
        bad(
            "CR/LF reaching the subject through data",
            422,
            b ->
                b.add("subject", "Hi {{data.x}}")
                    .add(
                        "recipients",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("email", "a@b.org")
                                    .add(
                                        "data",
                                        Json.createObjectBuilder()
                                            .add("x", "1\r\nBcc: e@x.org"))))),
        bad("unknown message system", 422, b -> b.add("messageSystem", "nope")),
        bad("no template body", 422, b -> b.addNull("html").addNull("text")),
        bad("no subject", 422, b -> b.addNull("subject")),
        bad("template that does not compile", 422, b -> b.add("html", "<p>{{#open}}</p>")),
        bad("raw value in HTML", 422, b -> b.add("html", "<p>{{{name}}}</p>")),
        bad("no recipients", 422, b -> b.add("recipients", Json.createArrayBuilder())),
        bad(
            "duplicate recipients",
            422,
            b -> b.add("recipients", recipients("a@b.org", "a@B.ORG"))),
        bad("unparseable notBefore", 422, b -> b.add("notBefore", "tomorrow")),
        bad("expiry in the past", 422, b -> b.add("expiresAt", "2020-01-01T00:00:00Z")),
        bad(
            "a recipient's expiry in the past",
            422,
            b ->
                b.add(
                    "recipients",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("email", "a@b.org")
                                .add("expiresAt", "2020-01-01T00:00:00Z")))),
        bad("zero attempts", 422, b -> b.add("maxAttempts", 0)),
        bad("1.5 attempts", 422, b -> b.add("maxAttempts", 1.5)),
        bad("2^32 + 3 attempts", 422, b -> b.add("maxAttempts", 4294967299L)),
        bad("notBefore in the year 99999", 422, b -> b.add("notBefore", "+99999-01-01T00:00:00Z")),
        bad("expiresAt in the year 99999", 422, b -> b.add("expiresAt", "+99999-01-01T00:00:00Z")),
        bad("unknown queue class", 422, b -> b.add("queueClass", "EXPRESS")),
        bad("wrong JSON type", 422, b -> b.add("maxAttempts", "many")),
        bad("number for a string", 422, b -> b.add("subject", 5)),
        bad("oversize HTML", 422, b -> b.add("html", "x".repeat(600 * 1024))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAdhocRequests")
  void badAdhocRequestIsRefusedAndChangesNothing(
      String what, int status, UnaryOperator<JsonObjectBuilder> breaker) {
    JsonObject body = breaker.apply(goodAdhoc()).build();

    RohrpostApi.Answer answer = api.post("clients/" + client + "/adhoc", body);

    assertRefused(answer, status);
    assertNothingWrittenOrSent();
  }

  @Test
  void theGoodRequestThoseAreMadeFromIsAccepted() {
    assertThat(api.post("clients/" + client + "/adhoc", goodAdhoc().build()).status())
        .isEqualTo(202);
  }

  @Test
  void malformedJsonIs400() {
    assertRefused(api.post("clients/" + client + "/adhoc", "application/json", "{not json"), 400);
    assertNothingWrittenOrSent();
  }

  @Test
  void oversizeBodyIs413BeforeItIsRead() throws Exception {
    String statusLine =
        api.statusLineForDeclaredLength("clients/" + client + "/adhoc", 17L * 1024 * 1024);
    assertThat(statusLine).startsWith("HTTP/1.1 413");
    assertNothingWrittenOrSent();
  }

  @Test
  void unknownClientIs404() {
    assertRefused(api.post("clients/nobody-" + client + "/adhoc", goodAdhoc().build()), 404);
  }

  @Test
  void badClientsAndMessageSystemsAreRefused() {
    assertRefused(api.post("clients", clientBody("bad key!").build()), 422);
    assertRefused(
        api.post("clients", clientBody("x" + client).add("queueClass", "FAST").build()), 422);
    assertRefused(api.post("clients", clientBody("y" + client).add("name", "A\r\nB").build()), 422);
    assertRefused(
        api.post("clients", clientBody("s" + client).add("server", "mail-2").build()), 422);
    for (String lifetime : new String[] {"soon", "-PT1H", "PT0S", "P400D"}) {
      assertRefused(
          api.post("clients", clientBody("l" + client).add("messageLifetime", lifetime).build()),
          422);
    }
    assertThat(api.get("clients/s" + client).status()).isEqualTo(404);
    assertThat(api.get("clients/l" + client).status()).isEqualTo(404);
    assertRefused(api.post("clients", clientBody(client).build()), 409);
    String systems = "clients/" + client + "/message-systems";
    assertRefused(api.post(systems, systemBody().add("key", "p").add("port", 70000).build()), 422);
    assertRefused(
        api.post(systems, systemBody().add("key", "f").add("from", "nobody").build()), 422);
    assertRefused(
        api.post(systems, systemBody().add("key", "h").add("host", "a\r\nb").build()), 422);
    assertRefused(api.post(systems, systemBody().add("key", "t").add("tls", "SSL3").build()), 422);
    assertRefused(api.post(systems, systemBody().build()), 409);
    assertThat(api.get(systems).structure().asJsonArray()).hasSize(1);
  }

  @Test
  void hugePagesAreRefused() {
    long batch = api.adhoc(client, "page", 1, "example.org", "Hello");
    for (String list :
        List.of("messages", "clients/" + client + "/batches", "batches/" + batch + "/messages")) {
      for (String page : List.of("2147483647", "-1", "1.5", "abc")) {
        assertRefused(api.get(list + "?page=" + page), 422, "page");
      }
    }
  }

  @Test
  void unknownAndNullRolesAreRefused() {
    for (String roles : List.of("[\"ROOT\"]", "[null]", "[\"VIEWER\",null]")) {
      assertRefused(
          api.post(
              "users",
              "application/json",
              "{\"username\":\"r-"
                  + client
                  + "\",\"password\":\""
                  + USER_PASSWORD
                  + "\",\"roles\":"
                  + roles
                  + "}"),
          422,
          "roles");
      assertRefused(
          api.post(
              "clients/" + client + "/api-keys",
              "application/json",
              "{\"name\":\"app-" + client + "\",\"roles\":" + roles + "}"),
          422,
          "roles");
    }
    assertThat(api.get("users").body()).doesNotContain("r-" + client, "app-" + client);
  }

  @Test
  void meaninglessRatesAndDatesAreRefused() {
    String systems = "clients/" + client + "/message-systems";
    assertRefused(
        api.post(systems, systemBody().add("key", "fast").add("ratePerSecond", 1e308).build()),
        422,
        "ratePerSecond");
    population("p", 1);
    communication("c", "p", true);
    String batches = "clients/" + client + "/communications/c/batches";
    for (String date : List.of("-999999999-01-01T00:00:00Z", "+99999-01-01T00:00:00Z")) {
      assertRefused(
          api.post(batches, Json.createObjectBuilder().add("sendAt", date).build()), 422, "sendAt");
      assertRefused(
          api.post(
              "clients/" + client + "/schedules",
              Json.createObjectBuilder()
                  .add("communication", "c")
                  .add("at", date)
                  .add("timeZone", "UTC")
                  .build()),
          422,
          "at");
    }
    assertThat(api.get(systems).structure().asJsonArray()).hasSize(1);
    assertThat(api.get("clients/" + client + "/schedules").structure().asJsonArray()).isEmpty();
    assertNothingWrittenOrSent();
  }

  @Test
  void passwordsAreNeverReturned() {
    String systems = "clients/" + client + "/message-systems";
    RohrpostApi.Answer created =
        api.post(
            systems,
            systemBody()
                .add("key", "auth")
                .add("username", "u")
                .add("password", "s3cret!")
                .build());
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("s3cret!").contains("\"hasPassword\":true");
    assertThat(api.get(systems + "/auth").body()).doesNotContain("s3cret!");
  }

  @Test
  void wrongPasswordIs401() {
    RohrpostApi intruder = new RohrpostApi(URI.create(server.toString()), "admin", "wrong");
    assertThat(intruder.get("clients").status()).isEqualTo(401);
  }

  private void assertRefused(RohrpostApi.Answer answer, int status, String field) {
    assertRefused(answer, status);
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .startsWith(field);
  }

  private void assertRefused(RohrpostApi.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    if (status == 422) {
      assertThat(problem.getJsonArray("errors")).isNotEmpty();
    }
  }

  private void assertNothingWrittenOrSent() {
    assertThat(api.get("clients/" + client + "/batches").structure().asJsonArray()).isEmpty();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private static Arguments bad(String what, int status, UnaryOperator<JsonObjectBuilder> breaker) {
    return Arguments.of(what, status, breaker);
  }

  private static JsonArrayBuilder recipients(String... emails) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String email : emails) {
      list.add(Json.createObjectBuilder().add("email", email));
    }
    return list;
  }

  private static JsonObjectBuilder goodAdhoc() {
    return Json.createObjectBuilder()
        .add("messageSystem", "smtp")
        .add("subject", "Hello {{name}}")
        .add("html", "<p>Hello {{name}}</p>")
        .add("text", "Hello {{name}}")
        .add("recipients", recipients("a@b.org", "c@d.org"));
  }

  private static JsonObjectBuilder clientBody(String key) {
    return Json.createObjectBuilder()
        .add("key", key)
        .add("name", "Bad input")
        .add("queueClass", "BULK");
  }

  private JsonObjectBuilder systemBody() {
    return Json.createObjectBuilder()
        .add("key", "smtp")
        .add("type", "SMTP")
        .add("host", "127.0.0.1")
        .add("port", smtp.getSmtp().getPort())
        .add("tls", "NONE")
        .add("from", "sender@rohrpost.test");
  }
}
