package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The promise of DESIGN.md with a real server process: killed ({@code kill -9}) at random moments
 * of a mailing and started again, nobody is lost and only a message on the wire at a kill goes
 * twice, at most one per open connection; stopped gently (SIGTERM), nobody gets it twice. Every
 * delivery is counted at the SMTP server. Larger runs by hand: {@code -Dcrash.recipients=20000
 * -Dcrash.trials=5}.
 */
class CrashRecoveryIT {
  private static final int RECIPIENTS = Integer.getInteger("crash.recipients", 3_000);
  private static final int TRIALS = Integer.getInteger("crash.trials", 2);
  private static final int CONNECTIONS = 4; // the NORMAL workers of one server
  private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static ServerProcess server;
  private static RohrpostApi api;
  private static String client;

  @BeforeAll
  static void startServer() throws Exception {
    server = new ServerProcess("crash", 18091);
    server.start();
    api = RohrpostApi.asAdmin(server.uri());
    client = api.newClientWithSmtp("crash", smtp.getSmtp().getPort());
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.kill();
    server.dropDatabase();
  }

  @Test
  void killedAtRandomMomentsNobodyIsLostAndOnlyMessagesOnTheWireGoTwice() throws Exception {
    Random random = new Random(SEED);
    long batch = adhoc("kill");

    for (int trial = 1; trial <= TRIALS; trial++) {
      int killAt = sent(batch) + 100 + random.nextInt(RECIPIENTS / (TRIALS + 1));
      awaitSent(batch, Math.min(killAt, RECIPIENTS - 50));
      int atKill = sent(batch);
      server.kill();
      restartAndReport(batch, atKill, "kill -9, trial " + trial + " (seed " + SEED + ")");
    }
    api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(5));

    Map<String, Long> deliveries = deliveries(batch);
    assertThat(deliveries).as("every recipient delivered").hasSize(RECIPIENTS);
    Map<String, Long> twice = duplicates(deliveries);
    System.out.println("CRASH kill -9: " + twice.size() + " duplicates in " + TRIALS + " trials");
    assertThat(twice.size()).isLessThanOrEqualTo(TRIALS * CONNECTIONS);
    assertThat(twice.values()).allMatch(n -> n == 2);
    Map<String, JsonObject> ledger = ledger(batch);
    for (String recipient : twice.keySet()) {
      JsonObject message = api.get("messages/" + ledger.get(recipient).getInt("id")).json();
      assertThat(message.getJsonArray("history").getValuesAs(JsonObject.class))
          .as("the history of %s, sent twice", recipient)
          .anyMatch(a -> a.getString("outcome").equals("INTERRUPTED"));
    }
    assertCountsEqualTheLedger(batch, ledger);
  }

  @Test
  void stoppedGentlyAndStartedAgainNobodyGetsItTwice() throws Exception {
    long batch = adhoc("term");
    awaitSent(batch, RECIPIENTS / 3);

    int atStop = sent(batch);
    server.stop();
    restartAndReport(batch, atStop, "SIGTERM");
    api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(5));

    Map<String, Long> deliveries = deliveries(batch);
    assertThat(deliveries).hasSize(RECIPIENTS);
    assertThat(duplicates(deliveries)).as("sent twice after SIGTERM").isEmpty();
    assertCountsEqualTheLedger(batch, ledger(batch));
  }

  /**
   * Starts the server again and reports how long it took to be ready and then to send again (the
   * count {@code before} read when it went down; 0 s when it was sending again by readiness).
   */
  private static void restartAndReport(long batch, int before, String what) throws Exception {
    long start = System.nanoTime();
    server.start();
    long ready = System.nanoTime();
    int atReady = sent(batch);
    while (sent(batch) == atReady
        && atReady <= before
        && System.nanoTime() - ready < Duration.ofMinutes(2).toNanos()) {
      Thread.sleep(100);
    }
    System.out.printf(
        "CRASH %s: ready after %.1f s, sending again %.1f s after ready%n",
        what, (ready - start) / 1e9, (System.nanoTime() - ready) / 1e9);
    assertThat(sent(batch)).as("sending again after %s", what).isGreaterThan(before);
  }

  private static void assertCountsEqualTheLedger(long batch, Map<String, JsonObject> ledger) {
    JsonObject counts = api.get("batches/" + batch).json().getJsonObject("counts");
    long sent = ledger.values().stream().filter(m -> m.getString("status").equals("SENT")).count();
    assertThat(counts.getInt("profiles")).isEqualTo(RECIPIENTS);
    assertThat(counts.getInt("sent")).isEqualTo(sent).isEqualTo(RECIPIENTS);
  }

  private static int sent(long batch) {
    return api.get("batches/" + batch).json().getJsonObject("counts").getInt("sent");
  }

  private static void awaitSent(long batch, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (sent(batch) < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static Map<String, Long> deliveries(long batch) {
    Function<MimeMessage, String> header =
        m -> {
          try {
            return m.getHeader("X-Rohrpost-Batch", null);
          } catch (Exception e) {
            return null;
          }
        };
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> Long.toString(batch).equals(header.apply(m)))
        .collect(Collectors.groupingBy(CrashRecoveryIT::recipient, Collectors.counting()));
  }

  private static Map<String, Long> duplicates(Map<String, Long> deliveries) {
    return deliveries.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Map<String, JsonObject> ledger(long batch) {
    Map<String, JsonObject> rows = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonArray found =
          api.get("batches/" + batch + "/messages?page=" + page).structure().asJsonArray();
      if (found.isEmpty()) {
        return rows;
      }
      found.getValuesAs(JsonObject.class).forEach(r -> rows.put(r.getString("recipient"), r));
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long adhoc(String prefix) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < RECIPIENTS; i++) {
      list.add(Json.createObjectBuilder().add("email", prefix + i + "@crash.example.org"));
    }
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Crash test")
                .add("text", "Nobody lost, nobody twice.")
                .add("recipients", list)
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }
}
