package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.activemq.broker.BrokerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers, each its own process, on one database and one external broker (an ActiveMQ broker in
 * this JVM), as docs/operations.md sets them up: a schedule due while both run fires once; when one
 * dies mid-mailing, the other finishes it once its work is moved.
 */
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
    assertThat(deliveries(batch)).hasSize(3).allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
  }

  @Test
  @Order(2)
  void whenOneServerDiesMidMailingTheOtherFinishesItOnceItsWorkIsMoved() throws Exception {
    long batch = adhoc();
    awaitHolding("cluster-b");

    second.kill();
    awaitGone("cluster-b");
    RohrpostApi.Answer moved =
        api.post(
            "servers/cluster-b/move", Json.createObjectBuilder().add("to", "cluster-a").build());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(3));

    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(RECIPIENTS);
    Map<String, Long> deliveries = deliveries(batch);
    assertThat(deliveries).hasSize(RECIPIENTS);
    long twice = deliveries.values().stream().filter(n -> n > 1).count();
    System.out.println("CLUSTER second server killed: " + twice + " duplicates");
    assertThat(twice).isLessThanOrEqualTo(CONNECTIONS);
    assertThat(
            api.post("servers/cluster-a/move", Json.createObjectBuilder().add("to", "x").build())
                .status())
        .as("the work of a live server cannot be moved")
        .isEqualTo(409);
  }

  @Test
  @Order(3)
  void aBrokerRestartMidMailingLosesNothing() throws Exception {
    long batch = adhoc();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (sent(batch) < RECIPIENTS / 5 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    broker.stop();
    broker.waitUntilStopped();
    Thread.sleep(3_000);
    startBroker(); // an empty one: the signals in it are gone, the ledger knows

    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(3));
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(RECIPIENTS);
    Map<String, Long> deliveries = deliveries(batch);
    assertThat(deliveries).hasSize(RECIPIENTS);
    assertThat(deliveries.values()).as("sent twice").allMatch(n -> n == 1);
  }

  private static void startBroker() throws Exception {
    broker = new BrokerService();
    broker.setPersistent(false);
    broker.setUseJmx(false);
    broker.addConnector("tcp://127.0.0.1:" + brokerPort);
    broker.start();
  }

  private static int sent(long batch) {
    return api.get("batches/" + batch).json().getJsonObject("counts").getInt("sent");
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

  private static Map<String, Long> deliveries(long batch) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> Long.toString(batch).equals(header(m)))
        .collect(Collectors.groupingBy(ClusterIT::recipient, Collectors.counting()));
  }

  private static String header(MimeMessage m) {
    try {
      return m.getHeader("X-Rohrpost-Batch", null);
    } catch (Exception e) {
      return null;
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long adhoc() {
    return adhoc("batch" + System.nanoTime());
  }

  private static long adhoc(String prefix) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < RECIPIENTS; i++) {
      list.add(Json.createObjectBuilder().add("email", "c" + i + "@" + prefix + ".example.org"));
    }
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Cluster test")
                .add("text", "Two servers, one mailing.")
                .add("recipients", list)
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }
}
