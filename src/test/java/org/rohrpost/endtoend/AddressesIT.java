package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.endtoend.FaultySmtpServer.Delivered;

/**
 * Addresses end to end (ADR 24): an international domain goes out as punycode, a non-ASCII local
 * part under SMTPUTF8 or not at all, a sender may have a display name, and what can never be sent
 * is refused at every way in.
 */
@OnEveryDatabase
class AddressesIT extends EndToEndTest {
  /** U+760D and U+760A: CJK letters whose low bytes are CR and LF. */
  private static final String CJK = "a\u760D\u760Ab@example.org";

  @RegisterExtension static final FaultySmtpServer withSmtpUtf8 = FaultySmtpServer.start();

  @RegisterExtension
  static final FaultySmtpServer withoutSmtpUtf8 = FaultySmtpServer.withoutSmtpUtf8();

  @Test
  void anInternationalDomainGoesOutAsPunycodeInRcptToAndTheToHeader() throws Exception {
    long batch = adhoc(client, "smtp", "idn@bücher.example");
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    MimeMessage mail = receivedFor(batch).get(0);
    assertThat(mail.getHeader("To", null)).isEqualTo("idn@xn--bcher-kva.example");
    assertThat(Arrays.stream(smtp.getReceivedMessagesForDomain("xn--bcher-kva.example")))
        .anyMatch(m -> receivedFor(batch).contains(m));
    assertThat(rows(batch).get(0).getString("recipient")).isEqualTo("idn@bücher.example");
  }

  @Test
  void aNonAsciiLocalPartGoesUnderSmtpUtf8WhereTheRelayOffersIt() throws Exception {
    String relayed = api.newClientWithSmtp("utf8", withSmtpUtf8.port());
    long batch = adhoc(relayed, "smtp", "müller@example.org", CJK, "plain@example.org");

    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(3);
    List<Delivered> delivered =
        withSmtpUtf8.delivered().stream()
            .filter(d -> Long.toString(batch).equals(d.header("X-Rohrpost-Batch")))
            .toList();
    assertThat(delivered)
        .extracting(Delivered::recipient)
        .containsExactlyInAnyOrder("müller@example.org", CJK, "plain@example.org");
    assertThat(withSmtpUtf8.mailCommands())
        .filteredOn(command -> command.endsWith(" SMTPUTF8"))
        .hasSize(2);
  }

  @Test
  void aNonAsciiLocalPartFailsAtOnceWithTheReasonWhereTheRelayDoesNotOfferSmtpUtf8()
      throws Exception {
    String relayed = api.newClientWithSmtp("ascii", withoutSmtpUtf8.port());
    long batch = adhoc(relayed, "smtp", "müller@example.org", CJK, "plain@example.org");

    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(1);
    Map<String, JsonObject> rows =
        rows(batch).stream()
            .collect(Collectors.toMap(r -> r.getString("recipient"), Function.identity()));
    assertThat(rows.get("plain@example.org").getString("status")).isEqualTo("SENT");
    for (String address : List.of("müller@example.org", CJK)) {
      JsonObject row = rows.get(address);
      assertThat(row.getString("status")).as(row.toString()).isEqualTo("DEAD");
      assertThat(row.getInt("attempts")).as(row.toString()).isEqualTo(1);
      assertThat(row.getString("lastError"))
          .isEqualTo("the relay does not offer SMTPUTF8, needed for a non-ASCII local part");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ACME News <news@acme.example>", "Müller & Söhne <news@bücher.example>"})
  void aSenderWithADisplayNameIsTheFromHeader(String from) throws Exception {
    RohrpostApi.Answer created = api.post(systems(), system("named", from));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    long batch = adhoc(client, "named", "to@example.org");
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    MimeMessage mail = receivedFor(batch).get(0);
    InternetAddress sender = (InternetAddress) mail.getFrom()[0];
    InternetAddress typed = new InternetAddress(from);
    assertThat(sender.getPersonal()).isEqualTo(typed.getPersonal());
    assertThat(sender.getAddress())
        .isEqualTo(typed.getAddress().replace("bücher", "xn--bcher-kva"));
    String header = mail.getHeader("From", null);
    assertThat(header).endsWith(" <" + sender.getAddress() + ">").isEqualTo(header.strip());
    assertThat(header).startsWith(from.startsWith("ACME") ? "ACME News" : "=?UTF-8?");
    assertThat(mail.getHeader("Return-Path", null)).isEqualTo("<" + sender.getAddress() + ">");
  }

  /** JSON string contents (escaped as JSON): each can never be sent. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\ud800x@example.org",
        "a\\u0085b@example.org",
        "a\\u200bb@example.org",
        "llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll@example.org",
        "a@dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd.example",
        "a@localhost",
        "a@xn--zz.example",
        "a@fa\\u00df.example"
      })
  void anAddressThatCanNeverBeSentIsRefusedOnEveryWayIn(String json) {
    String bad = "\"" + json + "\"";
    String recipients =
        Stream.of("\"ok0@example.org\"", "\"ok1@example.org\"", "\"ok2@example.org\"", bad)
            .map(email -> "{\"email\":" + email + "}")
            .collect(Collectors.joining(",", "[", "]"));

    assertRefused(
        api.post(
            "clients/" + client + "/adhoc",
            "application/json",
            "{\"messageSystem\":\"smtp\",\"subject\":\"S\",\"text\":\"T\",\"recipients\":"
                + recipients
                + "}"),
        "recipients[3].email");
    assertRefused(
        api.post(
            "clients/" + client + "/suppressions", "application/json", "{\"email\":" + bad + "}"),
        "email");
    assertRefused(
        api.post(
            systems(), "application/json", system("bad", "x").toString().replace("\"x\"", bad)),
        "from");
    assertRefused(
        api.post(
            "clients/" + client + "/communications",
            "application/json",
            "{\"key\":\"c\",\"messageSystem\":\"smtp\",\"population\":\"none\",\"subject\":\"S\","
                + "\"text\":\"T\",\"bypassApproval\":false,\"approvers\":["
                + bad
                + "]}"),
        "approvers[0]");

    RohrpostApi.Answer population =
        api.put(
            "clients/" + client + "/populations/p",
            "application/json",
            "{\"recipients\":" + recipients + "}");
    assertThat(population.status()).as(population.body()).isEqualTo(200);
    assertThat(population.json().getInt("invalid")).isEqualTo(1);
    assertThat(api.get("clients/" + client + "/suppressions").body()).doesNotContain("@");
    assertThat(api.get("clients/" + client + "/batches").body()).doesNotContain("\"id\"");
  }

  @Test
  void aCsvRowWithAnAddressThatCanNeverBeSentCountsAsInvalid() {
    String csv =
        "email,name\nok@example.org,Ok\na\u0085b@example.org,Bad\nl"
            + "l".repeat(64)
            + "@example.org,Long\n";
    RohrpostApi.Answer answer = api.put("clients/" + client + "/populations/csv", "text/csv", csv);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getInt("invalid")).isEqualTo(2);
  }

  private String systems() {
    return "clients/" + client + "/message-systems";
  }

  private JsonObject system(String key, String from) {
    return Json.createObjectBuilder()
        .add("key", key)
        .add("type", "SMTP")
        .add("host", "127.0.0.1")
        .add("port", smtp.getSmtp().getPort())
        .add("tls", "NONE")
        .add("from", from)
        .build();
  }

  private long adhoc(String client, String system, String... addresses) {
    JsonArrayBuilder recipients = Json.createArrayBuilder();
    Arrays.stream(addresses)
        .forEach(a -> recipients.add(Json.createObjectBuilder().add("email", a)));
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", system)
                .add("subject", "Addresses")
                .add("text", "Hello")
                .add("recipients", recipients)
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }

  private List<JsonObject> rows(long batch) {
    return api.get("batches/" + batch + "/messages")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  private static void assertRefused(RohrpostApi.Answer answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .as(answer.body())
        .anySatisfy(e -> assertThat(e.getString("field")).isEqualTo(field));
  }
}
