package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.endtoend.FaultySmtpServer.Fault;
import org.rohrpost.endtoend.FaultySmtpServer.Stage;

/**
 * {@code /metrics} after a known run, read as Prometheus reads it ({@link PrometheusScrape}): five
 * messages of a new client, one refused for good, one greylisted once, one slowed down once. The
 * counters are this server's, so only the new client's series have exact values; the shared series
 * (replies per code, latency per class) are checked for sense.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
  private static final Pattern SERIES = Pattern.compile("\\b(?:rohrpost|jvm)_[a-z_]+");

  @RegisterExtension static final FaultySmtpServer smtp = FaultySmtpServer.start();

  @ArquillianResource URL server;

  @Deployment(testable = false)
  static WebArchive rohrpost() {
    return RohrpostWar.built();
  }

  @Test
  void aKnownRunIsCountedInValidPrometheusTextThatTheDashboardReads() throws Exception {
    RohrpostApi api = RohrpostApi.asAdmin(URI.create(server.toString()));
    String client = api.newClientWithSmtp("metrics", smtp.port());
    smtp.fail(Stage.RCPT, to("m1"), Fault.reply(550), FaultySmtpServer.ALWAYS);
    smtp.fail(Stage.RCPT, to("m2"), Fault.reply(451), 1);
    smtp.fail(Stage.RCPT, to("m3"), Fault.reply(421), 1);

    long batch = api.adhoc(client, "m", 5, "metrics.example.org", "Counted");
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    RohrpostApi.Answer answer = api.metrics();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/plain; version=0.0.4");
    // the ledger's gauges are read every 15 seconds
    PrometheusScrape scrape =
        api.awaitMetrics(
            PrometheusScrape::of,
            s ->
                Double.valueOf(4).equals(ledger(s, client, "SENT"))
                    && Double.valueOf(1).equals(ledger(s, client, "DEAD")),
            Duration.ofSeconds(40));
    assertThat(scrape.lint()).as("promtool's findings").isBlank();
    Map<String, String> ofClient = Map.of("client", client, "queue_class", "NORMAL");
    assertThat(scrape.value("rohrpost_messages_sent_total", ofClient)).isEqualTo(4);
    assertThat(
            scrape.value("rohrpost_messages_failed_total", with(ofClient, "outcome", "temporary")))
        .isEqualTo(1);
    assertThat(
            scrape.value("rohrpost_messages_failed_total", with(ofClient, "outcome", "permanent")))
        .isEqualTo(1);
    assertThat(scrape.value("rohrpost_messages_throttled_total", ofClient)).isEqualTo(1);
    assertThat(ledger(scrape, client, "SENT")).isEqualTo(4);
    assertThat(ledger(scrape, client, "DEAD")).isEqualTo(1);
    assertThat(scrape.value("rohrpost_smtp_replies_total", Map.of("code", "550")))
        .isGreaterThanOrEqualTo(1);

    Map<String, String> normal = Map.of("queue_class", "NORMAL");
    double count = scrape.value("rohrpost_send_latency_seconds_count", normal);
    assertThat(count).isGreaterThanOrEqualTo(4);
    assertThat(scrape.value("rohrpost_send_latency_seconds_bucket", with(normal, "le", "+Inf")))
        .isEqualTo(count);
    assertThat(scrape.value("rohrpost_send_latency_seconds_sum", normal) / count)
        .as("the mean latency, in seconds")
        .isBetween(0.0, 60.0);
    assertThat(scrape.value("rohrpost_queue_backlog_messages", Map.of("queue_class", "BULK")))
        .isNotNull();
    assertThat(scrape.value("rohrpost_batches", Map.of("status", "COMPLETED")))
        .isGreaterThanOrEqualTo(1);
    assertThat(scrape.value("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
    assertThat(scrape.familiesStartingWith("rohrpost_"))
        .allSatisfy(s -> assertThat(s.help()).as(s.family()).isNotBlank())
        .filteredOn(s -> s.name().endsWith("_total"))
        .allSatisfy(s -> assertThat(s.type()).as(s.name()).isEqualTo("counter"));

    // after such a run every series has samples: the dashboard asks for none that is not served
    Set<String> asked = new TreeSet<>();
    Matcher series = SERIES.matcher(Files.readString(Path.of("docs/grafana/rohrpost.json")));
    while (series.find()) {
      asked.add(series.group());
    }
    Set<String> served = new TreeSet<>();
    scrape.samples().forEach(s -> served.add(s.name()));
    assertThat(asked).hasSizeGreaterThan(5);
    assertThat(served).containsAll(asked);
  }

  private static Predicate<String> to(String localPart) {
    return address -> address.startsWith(localPart + "@");
  }

  private static Double ledger(PrometheusScrape scrape, String client, String status) {
    return scrape.value(
        "rohrpost_ledger_messages",
        Map.of("client", client, "queue_class", "NORMAL", "status", status));
  }

  private static Map<String, String> with(Map<String, String> labels, String name, String value) {
    Map<String, String> more = new HashMap<>(labels);
    more.put(name, value);
    return more;
  }
}
