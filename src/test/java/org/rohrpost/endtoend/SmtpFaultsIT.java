package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.endtoend.FaultySmtpServer.Delivered;
import org.rohrpost.endtoend.FaultySmtpServer.Fault;
import org.rohrpost.endtoend.FaultySmtpServer.Injected;
import org.rohrpost.endtoend.FaultySmtpServer.Stage;

/**
 * Retries and throttling end to end on Payara Micro, against a real SMTP server that refuses or
 * drops on request (ADR 14): every message ends in the right state with the right attempts, and
 * what is delivered is delivered once. The server runs with {@code rohrpost.retry.base.seconds=1}
 * and {@code rohrpost.throttle.seconds=2} (arquillian.xml).
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmtpFaultsIT {
  private static final Duration THROTTLE_PAUSE = Duration.ofSeconds(2);
  private static final Pattern NUMBERED = Pattern.compile("^r(\\d+)@");

  @RegisterExtension static final FaultySmtpServer smtp = FaultySmtpServer.start();

  @ArquillianResource URL server;

  RohrpostApi api;
  String client;

  @Deployment(testable = false)
  static WebArchive rohrpost() {
    return RohrpostWar.built();
  }

  @BeforeEach
  void newClientSendingToTheFaultyServer() {
    smtp.reset();
    api = RohrpostApi.asAdmin(URI.create(server.toString()));
    client = api.newClientWithSmtp("faults", smtp.port());
  }

  @Test
  void withEveryTenthRecipientGreylistedOnceAllAreDeliveredExactlyOnce() throws Exception {
    smtp.fail(Stage.RCPT, address -> number(address) % 10 == 0, Fault.reply(451), 1);

    long batch = submit(100, null);
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(90));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(100);
    assertThat(done.getJsonObject("counts").getInt("errors")).isZero();
    assertThat(smtp.injected())
        .hasSize(10)
        .allSatisfy(i -> assertThat(i.code()).isEqualTo(451))
        .extracting(i -> number(i.address()))
        .containsExactlyInAnyOrderElementsOf(List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100));
    assertDeliveredOnceEach(batch, 100);
    for (JsonObject row : rows(batch)) {
      boolean greylisted = number(row.getString("recipient")) % 10 == 0;
      assertThat(row.getString("status")).as(row.toString()).isEqualTo("SENT");
      assertThat(row.getInt("attempts")).as(row.toString()).isEqualTo(greylisted ? 2 : 1);
      if (greylisted) {
        JsonArray history = history(row);
        assertThat(outcomes(history)).containsExactly("TEMPORARY", "SENT");
        JsonObject refused = history.getJsonObject(0);
        assertThat(refused.getInt("replyCode")).isEqualTo(451);
        assertThat(refused.getString("enhancedStatus")).isEqualTo("4.7.1");
        assertThat(refused.getString("reply")).contains("Greylisted");
        assertThat(history.getJsonObject(1).getInt("replyCode")).isEqualTo(250);
      }
    }
  }

  @Test
  void permanentRefusalsAreDeadAtOnceAndTemporaryOnesWhenTheAttemptsAreUsedUp() throws Exception {
    smtp.fail(Stage.RCPT, address -> Set.of(3, 7).contains(number(address)), Fault.reply(550), 1);
    smtp.fail(Stage.DATA, address -> number(address) == 5, Fault.reply(554), 1);
    smtp.fail(
        Stage.RCPT, address -> number(address) == 9, Fault.reply(450), FaultySmtpServer.ALWAYS);

    long batch = submit(10, 3);
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(90));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(6);
    assertThat(done.getJsonObject("counts").getInt("errors")).isEqualTo(4);
    Map<Integer, JsonObject> byNumber = byNumber(rows(batch));
    for (int n : List.of(3, 5, 7)) {
      JsonObject row = byNumber.get(n);
      assertThat(row.getString("status")).as(row.toString()).isEqualTo("DEAD");
      assertThat(row.getInt("attempts")).as(row.toString()).isEqualTo(1);
      JsonArray history = history(row);
      assertThat(outcomes(history)).containsExactly("PERMANENT");
      assertThat(history.getJsonObject(0).getInt("replyCode")).isEqualTo(n == 5 ? 554 : 550);
      assertThat(history.getJsonObject(0).getString("enhancedStatus"))
          .isEqualTo(n == 5 ? "5.7.1" : "5.1.1");
    }
    JsonObject exhausted = byNumber.get(9);
    assertThat(exhausted.getString("status")).isEqualTo("DEAD");
    assertThat(exhausted.getInt("attempts")).isEqualTo(3);
    assertThat(exhausted.getString("lastError")).contains("450 4.2.1");
    assertThat(outcomes(history(exhausted))).containsExactly("TEMPORARY", "TEMPORARY", "TEMPORARY");
    for (int n : List.of(1, 2, 4, 6, 8, 10)) {
      assertThat(byNumber.get(n).getString("status")).isEqualTo("SENT");
      assertThat(byNumber.get(n).getInt("attempts")).isEqualTo(1);
    }
    assertThat(deliveredFor(batch))
        .extracting(d -> number(d.recipient()))
        .containsExactlyInAnyOrder(1, 2, 4, 6, 8, 10);
  }

  @Test
  void a421PausesTheMessageSystemWithoutCountingTheAttempt() throws Exception {
    smtp.fail(Stage.RCPT, address -> number(address) == 3, Fault.reply(421), 1);

    long batch = submit(6, null);
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(6);
    assertDeliveredOnceEach(batch, 6);
    Injected slowDown = only(smtp.injected());
    assertThat(slowDown.code()).isEqualTo(421);
    JsonObject throttled = byNumber(rows(batch)).get(3);
    assertThat(throttled.getString("status")).isEqualTo("SENT");
    assertThat(throttled.getInt("attempts")).isEqualTo(1);
    JsonArray history = history(throttled);
    assertThat(outcomes(history)).containsExactly("THROTTLED", "SENT");
    assertThat(history.getJsonObject(0).getInt("replyCode")).isEqualTo(421);
    assertThat(history.getJsonObject(0).getString("enhancedStatus")).isEqualTo("4.7.0");
    assertThat(history.getJsonObject(0).getInt("number")).isEqualTo(1);
    assertThat(history.getJsonObject(1).getInt("number")).isEqualTo(1);
    assertPausedAfter(batch, slowDown.at());
  }

  @Test
  void aConnectionRefusedWith421PausesTheSystemAndTheBundleGoesOutAfterwards() throws Exception {
    smtp.refuseConnections(1, Fault.reply(421));

    long batch = submit(5, null);
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(5);
    assertDeliveredOnceEach(batch, 5);
    Injected refusal = only(smtp.injected());
    assertThat(refusal.stage()).isEqualTo(Stage.CONNECT);
    List<JsonObject> rows = rows(batch);
    assertThat(rows).allSatisfy(row -> assertThat(row.getInt("attempts")).isEqualTo(1));
    assertThat(rows.stream().flatMap(row -> outcomes(history(row)).stream()))
        .containsOnlyOnce("THROTTLED")
        .filteredOn("SENT"::equals)
        .hasSize(5);
    assertPausedAfter(batch, refusal.at());
  }

  @Test
  void droppedConnectionsAreRetriedAndDeliveredOnce() throws Exception {
    smtp.fail(Stage.DATA, address -> Set.of(2, 6).contains(number(address)), Fault.drop(), 1);
    smtp.fail(Stage.RCPT, address -> number(address) == 4, Fault.drop(), 1);

    long batch = submit(8, null);
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(8);
    assertThat(smtp.injected()).hasSize(3);
    assertDeliveredOnceEach(batch, 8);
    for (JsonObject row : rows(batch)) {
      boolean dropped = Set.of(2, 4, 6).contains(number(row.getString("recipient")));
      assertThat(row.getString("status")).isEqualTo("SENT");
      assertThat(row.getInt("attempts")).as(row.toString()).isEqualTo(dropped ? 2 : 1);
      if (dropped) {
        JsonArray history = history(row);
        assertThat(outcomes(history)).containsExactly("TEMPORARY", "SENT");
        assertThat(history.getJsonObject(0).containsKey("replyCode")).isFalse();
      }
    }
  }

  /**
   * The message system was paused from the fault on: it shows the pause, and nothing the server
   * accepted after the fault came before the pause was over.
   */
  private void assertPausedAfter(long batch, Instant fault) {
    JsonObject system = api.get("clients/" + client + "/message-systems/smtp").json();
    Instant pausedUntil = Instant.parse(system.getString("throttledUntil"));
    assertThat(pausedUntil).isAfterOrEqualTo(fault.plus(THROTTLE_PAUSE));
    List<Delivered> afterFault =
        deliveredFor(batch).stream().filter(d -> d.at().isAfter(fault)).toList();
    assertThat(afterFault).isNotEmpty();
    assertThat(afterFault).allSatisfy(d -> assertThat(d.at()).isAfterOrEqualTo(pausedUntil));
  }

  private long submit(int recipients, Integer maxAttempts) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    IntStream.rangeClosed(1, recipients)
        .forEach(
            n ->
                list.add(
                    Json.createObjectBuilder()
                        .add("email", "r" + n + "@" + client + ".example.org")
                        .add("name", "Person " + n)));
    var body =
        Json.createObjectBuilder()
            .add("messageSystem", "smtp")
            .add("subject", "Hello {{name}}")
            .add("text", "Hello {{name}}")
            .add("recipients", list);
    if (maxAttempts != null) {
      body.add("maxAttempts", maxAttempts);
    }
    RohrpostApi.Answer answer = api.post("clients/" + client + "/adhoc", body.build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }

  private void assertDeliveredOnceEach(long batch, int recipients) {
    Map<Integer, Long> perRecipient =
        deliveredFor(batch).stream()
            .collect(Collectors.groupingBy(d -> number(d.recipient()), Collectors.counting()));
    assertThat(perRecipient)
        .hasSize(recipients)
        .allSatisfy((n, times) -> assertThat(times).as("deliveries to r" + n).isEqualTo(1L));
  }

  private static List<Delivered> deliveredFor(long batch) {
    return smtp.delivered().stream()
        .filter(d -> Long.toString(batch).equals(d.header("X-Rohrpost-Batch")))
        .toList();
  }

  private List<JsonObject> rows(long batch) {
    return api.get("batches/" + batch + "/messages")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  private static Map<Integer, JsonObject> byNumber(List<JsonObject> rows) {
    return rows.stream()
        .collect(Collectors.toMap(r -> number(r.getString("recipient")), Function.identity()));
  }

  private JsonArray history(JsonObject row) {
    return api.get("messages/" + row.getJsonNumber("id").longValue())
        .json()
        .getJsonArray("history");
  }

  private static List<String> outcomes(JsonArray history) {
    return history.getValuesAs(JsonObject.class).stream().map(a -> a.getString("outcome")).toList();
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  /** The n of the address {@code rN@…}. */
  private static int number(String address) {
    Matcher m = NUMBERED.matcher(address.toLowerCase());
    if (!m.find()) {
      throw new IllegalArgumentException("Not a numbered test address: " + address);
    }
    return Integer.parseInt(m.group(1));
  }
}
