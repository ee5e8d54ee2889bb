package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.OnPostgreSql;

/**
 * Two servers, each its own process, on one database and one external broker (an ActiveMQ broker in
 * this JVM), as docs/operations.md sets them up: a schedule due while both run fires once; when one
 * dies mid-mailing, the other finishes it once its work is moved; a broker restart and signals
 * delivered again lose nothing and send nobody twice.
 */
@OnEveryDatabase
@OnPostgreSql
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final int RECIPIENTS = 2_000;
  private static final int CONNECTIONS = 4;

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static BrokerService broker;
  private static int brokerPort;
  private static ServerProcess first;
  private static ServerProcess second;
  private static RohrpostApi api;
  private static RohrpostApi secondApi;
  private static String client;

  @BeforeAll
  static void startCluster() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      brokerPort = free.getLocalPort();
    }
    startBroker();
    String brokerUrl = "failover:(tcp://127.0.0.1:" + brokerPort + ")";
    first = ServerProcess.inCluster("cluster-a", 18093, null, brokerUrl);
    second = ServerProcess.inCluster("cluster-b", 18094, first, brokerUrl);
    first.start();
    second.start();
    api = RohrpostApi.asAdmin(first.uri());
    secondApi = RohrpostApi.asAdmin(second.uri());
    client = api.newClientWithSmtp("cluster", smtp.getSmtp().getPort());
  }

  @AfterAll
  static void stopCluster() throws Exception {
    second.kill();
    first.kill();
    first.dropDatabase();
    broker.stop();
  }

  @Test
  @Order(1)
  void bothServersAreSeenAndAScheduleDueWhileBothRunFiresOnce() throws Exception {
    awaitServers(2);
    TestMailings.population(api, client, "three", 3);
    TestMailings.communication(api, client, "both", "three", true);
    Instant at = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    RohrpostApi.Answer schedule =
        secondApi.post(
            "clients/" + client + "/schedules",
            Json.createObjectBuilder()
                .add("communication", "both")
                .add("at", at.toString())
                .add("timeZone", "UTC")
                .build());
    assertThat(schedule.status()).as(schedule.body()).isEqualTo(201);

    JsonArray runs = awaitRuns(schedule.json().getInt("id"));
    Thread.sleep(5_000); // a second firing would have happened by now

    runs =
        api.get("clients/" + client + "/schedules/" + schedule.json().getInt("id"))
            .json()
            .getJsonArray("runs");
    assertThat(runs).hasSize(1);
    long batch = runs.getJsonObject(0).getJsonNumber("batch").longValue();
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));
    assertThat(
            api.get("clients/" + client + "/communications/both/batches").structure().asJsonArray())
        .hasSize(1);
    assertThat(SinkMailing.of(api, smtp, batch, 3).deliveries())
        .hasSize(3)
        .allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
  }

  @Test
  @Order(2)
  void whenOneServerDiesMidMailingTheOtherFinishesItOnceItsWorkIsMoved() throws Exception {
    SinkMailing mailing = mailing();
    awaitHolding("cluster-b");

    second.kill();
    awaitGone("cluster-b");
    RohrpostApi.Answer moved =
        api.post(
            "servers/cluster-b/move", Json.createObjectBuilder().add("to", "cluster-a").build());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    mailing.awaitCompleted();

    mailing.assertEveryoneDeliveredAndCountsEqualTheLedger();
    Map<String, Long> twice = mailing.duplicates();
    System.out.println("CLUSTER second server killed: " + twice.size() + " duplicates");
    assertThat(twice.size()).isLessThanOrEqualTo(CONNECTIONS);
    assertThat(
            api.post("servers/cluster-a/move", Json.createObjectBuilder().add("to", "x").build())
                .status())
        .as("the work of a live server cannot be moved")
        .isEqualTo(409);
    assertThat(
            api.post("servers/cluster-b/move", Json.createObjectBuilder().add("to", "x").build())
                .status())
        .as("work goes to a server that is alive only")
        .isEqualTo(422);
  }

  @Test
  @Order(3)
  void aBrokerRestartMidMailingLosesNothing() throws Exception {
    SinkMailing mailing = mailing();
    mailing.awaitSent(RECIPIENTS / 5);

    broker.stop();
    broker.waitUntilStopped();
    Thread.sleep(3_000);
    startBroker(); // an empty one: the signals in it are gone, the ledger knows

    mailing.awaitCompleted();
    mailing.assertEveryoneDeliveredAndCountsEqualTheLedger();
    assertThat(mailing.duplicates()).as("sent twice").isEmpty();
  }

  /**
   * The broker delivers a signal again when a worker failed on it, whatever the worker had sent of
   * its bundle; signals sent again for every bundle of a batch half sent do the same.
   */
  @Test
  @Order(4)
  void signalsDeliveredAgainWhileTheirBundlesAreHalfSentSendNobodyTwice() throws Exception {
    SinkMailing mailing = mailing();
    mailing.awaitSent(RECIPIENTS / 4);

    int signalled = 0;
    try (Connection db = first.openDatabase();
        PreparedStatement bundles =
            db.prepareStatement("select id, queue_class from bundle where batch_id = ?");
        jakarta.jms.Connection jms =
            new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort).createConnection();
        Session session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      bundles.setLong(1, mailing.batch());
      try (ResultSet bundle = bundles.executeQuery()) {
        while (bundle.next()) {
          Queue queue = session.createQueue("rohrpost.send." + bundle.getString("queue_class"));
          session.createProducer(queue).send(session.createTextMessage(bundle.getString("id")));
          signalled++;
        }
      }
    }
    assertThat(signalled).isGreaterThan(1);

    mailing.awaitCompleted();
    mailing.assertEveryoneDeliveredAndCountsEqualTheLedger();
    assertThat(mailing.duplicates()).as("sent twice").isEmpty();
  }

  private static void startBroker() throws Exception {
    broker = new BrokerService();
    broker.setPersistent(false);
    broker.setUseJmx(false);
    broker.addConnector("tcp://127.0.0.1:" + brokerPort);
    broker.start();
  }

  private static void awaitServers(int alive) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (aliveServers() < alive && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(aliveServers()).isEqualTo(alive);
  }

  private static long aliveServers() {
    return api.get("servers").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getBoolean("alive"))
        .count();
  }

  private static JsonObject server(String instance) {
    return api.get("servers").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("instance").equals(instance))
        .findFirst()
        .orElseThrow();
  }

  private static void awaitHolding(String instance) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (server(instance).getInt("bundles") == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(server(instance).getInt("bundles")).as("bundles %s holds", instance).isPositive();
  }

  private static void awaitGone(String instance) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (server(instance).getBoolean("alive") && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertThat(server(instance).getBoolean("alive")).isFalse();
  }

  private static JsonArray awaitRuns(int schedule) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonArray runs = JsonArray.EMPTY_JSON_ARRAY;
    while (runs.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      runs = api.get("clients/" + client + "/schedules/" + schedule).json().getJsonArray("runs");
    }
    assertThat(runs).isNotEmpty();
    return runs;
  }

  private static SinkMailing mailing() {
    return SinkMailing.submit(api, smtp, client, "c" + System.nanoTime() + "-", RECIPIENTS);
  }
}
