package org.rohrpost.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rohrpost.endtoend.RohrpostApi;

/**
 * How the send classes share the work under load (issue 5), against a loopback smtp-sink: while a
 * client has {@value #BACKLOG} messages queued on BULK, (1) how long another client's 10 BULK
 * messages take from request to completion, (2) the time from request to the relay's 250 of single
 * NORMAL messages; then (3) how close TRICKLE and a message system's own rate keep to their rates
 * over every 10 s window. Run by {@code src/bench/dispatch.sh}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DispatchBenchmark {
  private static final int BACKLOG = Integer.getInteger("bench.backlog", 100_000);
  private static final int SMTP_PORT = Integer.getInteger("bench.smtp.port", 2526);
  private static final int SMALL_BATCHES = 5;

  /** Ad-hoc requests of this size make the backlog (on PostgreSQL one of 50,000 takes ~40 s). */
  private static final int REQUEST_SIZE = 20_000;

  private static final int NORMAL_REQUESTS = 200;
  private static final double TRICKLE_RATE = 20; // arquillian.xml
  private static final double SYSTEM_RATE = 50;

  @ArquillianResource URL server;

  @Test
  void fairnessLatencyAndRates() throws Exception {
    RohrpostApi api = RohrpostApi.asAdmin(URI.create(server.toString()));
    String big = api.newClient("big", "BULK", null, SMTP_PORT, null);
    String small = api.newClient("small", "BULK", null, SMTP_PORT, null);
    String normal = api.newClient("normal", "NORMAL", null, SMTP_PORT, null);
    List<Long> bigBatches = new ArrayList<>();
    for (int sent = 0; sent < BACKLOG; sent += REQUEST_SIZE) {
      bigBatches.add(adhoc(api, big, Math.min(REQUEST_SIZE, BACKLOG - sent), "b" + sent + "-"));
    }
    api.awaitBatch(bigBatches.get(0), "SENDING", Duration.ofMinutes(2));

    List<Double> fairness = new ArrayList<>();
    for (int i = 0; i < SMALL_BATCHES; i++) {
      long start = System.nanoTime();
      long batch = adhoc(api, small, 10, "s" + i + "-");
      assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(2)).getString("status"))
          .isEqualTo("COMPLETED");
      fairness.add((System.nanoTime() - start) / 1e9);
    }

    List<Long> latencies = new ArrayList<>();
    List<Instant> asked = new ArrayList<>();
    List<Long> normalBatches = new ArrayList<>();
    for (int i = 0; i < NORMAL_REQUESTS; i++) {
      asked.add(Instant.now());
      normalBatches.add(adhoc(api, normal, 1, "n" + i + "-"));
      Thread.sleep(50);
    }
    for (int i = 0; i < NORMAL_REQUESTS; i++) {
      api.awaitBatch(normalBatches.get(i), "COMPLETED", Duration.ofMinutes(2));
      JsonObject row = rows(api, normalBatches.get(i)).getJsonObject(0);
      latencies.add(
          Duration.between(asked.get(i), Instant.parse(row.getString("sentAt"))).toMillis());
    }
    int bigSentMeanwhile =
        api.get("batches/" + bigBatches.get(0)).json().getJsonObject("counts").getInt("sent");
    for (long batch : bigBatches) {
      api.post("batches/" + batch + "/pause");
      api.post("batches/" + batch + "/cancel");
    }

    String trickle = api.newClient("trickle", "TRICKLE", null, SMTP_PORT, null);
    String limited = api.newClient("limited", "NORMAL", null, SMTP_PORT, SYSTEM_RATE);
    long trickleBatch = adhoc(api, trickle, 600, "t-");
    long limitedBatch = adhoc(api, limited, 1_500, "l-");
    api.awaitBatch(trickleBatch, "COMPLETED", Duration.ofMinutes(5));
    api.awaitBatch(limitedBatch, "COMPLETED", Duration.ofMinutes(5));
    Deviation trickleDeviation = deviation(sentTimes(api, trickleBatch), TRICKLE_RATE);
    Deviation systemDeviation = deviation(sentTimes(api, limitedBatch), SYSTEM_RATE);

    List<Long> sorted = latencies.stream().sorted().toList();
    String database = BenchmarkResults.database();
    String line =
        String.format(
            "| %s | %s | %d | %.2f / %.2f | %d / %d / %d / %d | %d | %s | %s |%n",
            Instant.now().toString().substring(0, 10),
            database,
            BACKLOG,
            fairness.stream().sorted().toList().get(SMALL_BATCHES / 2),
            fairness.stream().mapToDouble(d -> d).max().orElseThrow(),
            percentile(sorted, 50),
            percentile(sorted, 95),
            percentile(sorted, 99),
            sorted.get(sorted.size() - 1),
            bigSentMeanwhile,
            trickleDeviation,
            systemDeviation);
    BenchmarkResults.append("dispatch-results.md", line);
  }

  /** Over every 10 s window inside a run: the fewest and most messages against the rate. */
  record Deviation(double rate, double lowest, double highest, double overall) {
    @Override
    public String toString() {
      return String.format(
          "%.0f/s: windows %+.1f%% to %+.1f%%, overall %.2f/s",
          rate, (lowest - 1) * 100, (highest - 1) * 100, overall);
    }
  }

  private static Deviation deviation(List<Instant> sent, double perSecond) {
    double lowest = Double.MAX_VALUE;
    double highest = 0;
    Instant last = sent.get(sent.size() - 1);
    for (int i = 0; i < sent.size(); i++) {
      Instant end = sent.get(i).plusSeconds(10);
      if (end.isAfter(last)) {
        break;
      }
      long inWindow = sent.stream().skip(i).takeWhile(t -> t.isBefore(end)).count();
      lowest = Math.min(lowest, inWindow / (perSecond * 10));
      highest = Math.max(highest, inWindow / (perSecond * 10));
    }
    double seconds = Duration.between(sent.get(0), last).toMillis() / 1000.0;
    return new Deviation(perSecond, lowest, highest, (sent.size() - 1) / seconds);
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static List<Instant> sentTimes(RohrpostApi api, long batch) {
    List<Instant> times = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonArray rows =
          api.get("batches/" + batch + "/messages?page=" + page).structure().asJsonArray();
      if (rows.isEmpty()) {
        return times.stream().sorted().toList();
      }
      rows.getValuesAs(JsonObject.class)
          .forEach(r -> times.add(Instant.parse(r.getString("sentAt"))));
    }
  }

  private static JsonArray rows(RohrpostApi api, long batch) {
    return api.get("batches/" + batch + "/messages").structure().asJsonArray();
  }

  private static long adhoc(RohrpostApi api, String client, int recipients, String prefix) {
    return api.adhoc(
        client,
        prefix,
        recipients,
        client + ".example.org",
        "A message of the dispatch benchmark.");
  }
}
