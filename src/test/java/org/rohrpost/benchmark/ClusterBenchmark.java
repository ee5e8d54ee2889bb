package org.rohrpost.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.apache.activemq.broker.BrokerService;
import org.junit.jupiter.api.Test;
import org.rohrpost.endtoend.RohrpostApi;
import org.rohrpost.endtoend.ServerProcess;

/**
 * Throughput of one server against two sharing the database and an external broker, on the same
 * machine, to a loopback smtp-sink (issue 6). Run by {@code src/bench/cluster.sh}.
 */
class ClusterBenchmark {
  private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
  private static final int SMTP_PORT = Integer.getInteger("bench.smtp.port", 2526);

  @Test
  void oneServerAgainstTwo() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    BrokerService broker = new BrokerService();
    broker.setPersistent(false);
    broker.setUseJmx(false);
    broker.addConnector("tcp://127.0.0.1:" + port);
    broker.start();
    String brokerUrl = "tcp://127.0.0.1:" + port;
    ServerProcess first = ServerProcess.inCluster("bench-a", 18095, null, brokerUrl);
    ServerProcess second = ServerProcess.inCluster("bench-b", 18096, first, brokerUrl);
    try {
      first.start();
      RohrpostApi api = RohrpostApi.asAdmin(first.uri());
      String client = api.newClientWithSmtp("bench", SMTP_PORT);
      run(api, client, "warm-");
      double one = run(api, client, "one-");
      second.start();
      run(api, client, "warm2-");
      double two = run(api, client, "two-");
      String line =
          String.format(
              "| %s | %s | %d | %.0f | %.0f |%n",
              Instant.now().toString().substring(0, 10),
              BenchmarkResults.database(),
              MESSAGES,
              one,
              two);
      BenchmarkResults.append("cluster-results.md", line);
    } finally {
      second.kill();
      first.kill();
      first.dropDatabase();
      broker.stop();
    }
  }

  /** Messages a second of one ad-hoc batch, from the request to its completion. */
  private static double run(RohrpostApi api, String client, String prefix) throws Exception {
    long start = System.nanoTime();
    long batch = api.adhoc(client, prefix, MESSAGES, "bench.example.org", "One server or two.");
    assertThat(
            api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(20))
                .getJsonObject("counts")
                .getInt("sent"))
        .isEqualTo(MESSAGES);
    return MESSAGES / ((System.nanoTime() - start) / 1e9);
  }
}
