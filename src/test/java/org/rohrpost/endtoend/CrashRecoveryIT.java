package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.OnPostgreSql;

/**
 * The promise of DESIGN.md with a real server process: killed ({@code kill -9}) at random moments
 * of a mailing and started again, nobody is lost and only a message on the wire at a kill goes
 * twice, at most one per open connection; stopped gently (SIGTERM), nobody gets it twice. Every
 * delivery is counted at the SMTP server. Larger runs by hand: {@code -Dcrash.recipients=20000
 * -Dcrash.trials=5}. The server runs as an exposed one would, with broker credentials: its own
 * workers and requests use them, and another application gets in only with them.
 */
@OnEveryDatabase
@OnPostgreSql
class CrashRecoveryIT {
  private static final int RECIPIENTS = Integer.getInteger("crash.recipients", 3_000);
  private static final int TRIALS = Integer.getInteger("crash.trials", 2);
  private static final int CONNECTIONS = 4; // the NORMAL workers of one server
  private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

  private static final String BROKER_USER = "orders-app";
  private static final String BROKER_PASSWORD = "s3cret:with=odd${chars}";

  @RegisterExtension
  static ServerWithSink under =
      new ServerWithSink(
          "crash",
          18091,
          Map.of("ROHRPOST_BROKER_USER", BROKER_USER, "ROHRPOST_BROKER_PASSWORD", BROKER_PASSWORD));

  @Test
  void theBrokerLetsInOnlyTheUserOfItsCredentials() throws Exception {
    ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(under.server().brokerUrl());
    for (String[] wrong : new String[][] {{null, null}, {BROKER_USER, "guess"}, {"guest", ""}}) {
      assertThatThrownBy(() -> startAndClose(broker.createConnection(wrong[0], wrong[1])))
          .as("connecting as %s / %s", wrong[0], wrong[1])
          .isInstanceOf(JMSSecurityException.class);
    }
    try (Connection connection = broker.createConnection(BROKER_USER, BROKER_PASSWORD)) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      assertThat(session.createTemporaryQueue().getQueueName()).isNotBlank();
    }
  }

  private static void startAndClose(Connection connection) throws JMSException {
    try (connection) {
      connection.start();
    }
  }

  @Test
  void killedAtRandomMomentsNobodyIsLostAndOnlyMessagesOnTheWireGoTwice() throws Exception {
    Random random = new Random(SEED);
    SinkMailing mailing = under.mailing("kill", RECIPIENTS);

    for (int trial = 1; trial <= TRIALS; trial++) {
      int killAt = mailing.sent() + 100 + random.nextInt(RECIPIENTS / (2 * (TRIALS + 1)));
      // at most half of the mailing sent before a kill, so that there is something to send
      // again after it: the kill comes a moment after the count is read, and a server sending
      // several hundred messages a second sent the last 300 of 3,000 in that moment
      mailing.awaitSent(Math.min(killAt, RECIPIENTS / 2));
      int atKill = mailing.sent();
      under.server().kill();
      restartAndReport(mailing, atKill, "kill -9, trial " + trial + " (seed " + SEED + ")");
    }
    mailing.awaitCompleted();

    mailing.assertEveryoneDeliveredAndCountsEqualTheLedger();
    Map<String, Long> twice = mailing.duplicates();
    System.out.println("CRASH kill -9: " + twice.size() + " duplicates in " + TRIALS + " trials");
    assertThat(twice.size()).isLessThanOrEqualTo(TRIALS * CONNECTIONS);
    assertThat(twice.values()).allMatch(n -> n == 2);
    Map<String, JsonObject> ledger = mailing.ledger();
    for (String recipient : twice.keySet()) {
      JsonObject message = under.api().get("messages/" + ledger.get(recipient).getInt("id")).json();
      assertThat(message.getJsonArray("history").getValuesAs(JsonObject.class))
          .as("the history of %s, sent twice", recipient)
          .anyMatch(a -> a.getString("outcome").equals("INTERRUPTED"));
    }
  }

  @Test
  void stoppedGentlyAndStartedAgainNobodyGetsItTwice() throws Exception {
    SinkMailing mailing = under.mailing("term", RECIPIENTS);
    mailing.awaitSent(RECIPIENTS / 3);

    int atStop = mailing.sent();
    int logBefore = under.server().logLines().size();
    under.server().stop();
    List<String> stopLog = withoutColours(under.server().logLines());
    stopLog = stopLog.subList(logBefore, stopLog.size());
    assertThat(stopLog)
        .as("the log of the stop")
        .anyMatch(l -> l.contains("Rohrpost stopped cleanly"));
    assertThat(stopLog)
        .as("the log of the stop: no errors, warnings or stack traces")
        .noneMatch(l -> TROUBLE.matcher(l).find());
    restartAndReport(mailing, atStop, "SIGTERM");
    mailing.awaitCompleted();

    mailing.assertEveryoneDeliveredAndCountsEqualTheLedger();
    assertThat(mailing.duplicates()).as("sent twice after SIGTERM").isEmpty();
  }

  /** A line of trouble: a warning or error of Payara's log or the broker's, or a stack trace. */
  private static final Pattern TROUBLE =
      Pattern.compile("\\[(SEVERE|WARNING)\\]| (ERROR|WARN) |^\\s+at |^Caused by");

  private static List<String> withoutColours(List<String> lines) {
    return lines.stream().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).toList();
  }

  /**
   * Starts the server again and reports how long it took to be ready and then to send again (the
   * count {@code before} read when it went down; 0 s when it was sending again by readiness).
   */
  private static void restartAndReport(SinkMailing mailing, int before, String what)
      throws Exception {
    long start = System.nanoTime();
    under.server().start();
    long ready = System.nanoTime();
    int atReady = mailing.sent();
    while (mailing.sent() == atReady
        && atReady <= before
        && System.nanoTime() - ready < Duration.ofMinutes(2).toNanos()) {
      Thread.sleep(100);
    }
    System.out.printf(
        "CRASH %s: ready after %.1f s, sending again %.1f s after ready%n",
        what, (ready - start) / 1e9, (System.nanoTime() - ready) / 1e9);
    assertThat(mailing.sent()).as("sending again after %s", what).isGreaterThan(before);
  }
}
