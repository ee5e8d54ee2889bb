package org.rohrpost.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rohrpost.endtoend.RohrpostApi;

/**
 * Throughput of an ad-hoc batch end to end (REST → ledger → JMS → workers → SMTP) against two
 * ceilings over as many connections as the NORMAL class has workers: a plain Jakarta Mail client
 * sending the same messages, and postfix's C client {@code smtp-source} sending messages of about
 * their size. Run by {@code src/bench/benchmark.sh}, not by {@code mvn verify}; the SMTP sink
 * (postfix smtp-sink) listens on {@code bench.smtp.port}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdhocThroughputBenchmark {
  private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
  private static final int CONNECTIONS = 4;
  private static final int SMTP_PORT = Integer.getInteger("bench.smtp.port", 2526);

  /** About the size of the benchmark's messages as they go on the wire, headers included. */
  private static final int C_CLIENT_MESSAGE_BYTES = 620;

  private static final String SUBJECT = "Your statement, {{name}}";
  private static final String HTML =
      "<html><body><h1>Hello {{name}}</h1><p>Your code is <b>{{data.code}}</b>.</p>"
          + "<p>Thank you for being with us. This is a benchmark message of about the size of a"
          + " short transactional notice, with a text part beside it.</p></body></html>";
  private static final String TEXT =
      "Hello {{name}}\n\nYour code is {{data.code}}.\n\nThank you for being with us. This is a"
          + " benchmark message of about the size of a short transactional notice.";

  @ArquillianResource URL server;

  private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup.rounds", 8);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  /** Whether the measured rounds are recorded with JFR's profile settings (ROHRPOST_BENCH_JFR). */
  private static final boolean PROFILED = Boolean.getBoolean("bench.profile");

  @Test
  void adhocBatchAgainstTheRawCeiling() throws Exception {
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      rawCeiling(MESSAGES);
    }
    List<Double> raw = new ArrayList<>();
    List<Double> cClient = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      raw.add(rawCeiling(MESSAGES));
      cClient.add(cClientCeiling(MESSAGES));
    }

    RohrpostApi api = RohrpostApi.asAdmin(URI.create(server.toString()));
    String client = api.newClientWithSmtp("bench", SMTP_PORT);
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      System.out.printf(
          "BENCHMARK warm-up round %d: %.0f msg/s end to end%n",
          i + 1, runBatch(api, client, "warm" + i + "-").endToEnd());
    }
    ServerRecording profile =
        PROFILED
            ? ServerRecording.start("throughput-" + BenchmarkResults.database(), "profile")
            : null;
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      rounds.add(runBatch(api, client, "r" + i + "-"));
    }
    if (profile != null) {
      profile.stop();
    }

    Round median =
        rounds.stream()
            .sorted(Comparator.comparingDouble(Round::endToEnd))
            .toList()
            .get(ROUNDS / 2);
    double rawMedian = median(raw);
    double cClientMedian = median(cClient);
    String database = BenchmarkResults.database();
    String line =
        String.format(
            "| %s | %s | %d | %d | %.0f | %.0f | %.1f | %.0f | %.0f | %.2f | %.2f | all rounds end"
                + " to end: %s |%n",
            Instant.now().toString().substring(0, 10),
            database,
            MESSAGES,
            CONNECTIONS,
            rawMedian,
            cClientMedian,
            median.intakeSeconds(),
            median.server(),
            median.endToEnd(),
            median.endToEnd() / rawMedian,
            median.endToEnd() / cClientMedian,
            rounds.stream().map(r -> String.format("%.0f", r.endToEnd())).toList());
    BenchmarkResults.append("benchmark-results.md", line);
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  /** One measured batch: intake time, and msg/s as the server and as the client saw it. */
  record Round(double intakeSeconds, double server, double endToEnd) {}

  private static Round runBatch(RohrpostApi api, String client, String prefix) throws Exception {
    JsonObject body = adhoc(MESSAGES, prefix);
    long start = System.nanoTime();
    RohrpostApi.Answer accepted = api.post("clients/" + client + "/adhoc", body);
    double intakeSeconds = (System.nanoTime() - start) / 1e9;
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    long batch = accepted.json().getJsonNumber("batch").longValue();
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(20));
    double totalSeconds = (System.nanoTime() - start) / 1e9;
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(MESSAGES);
    double serverSeconds =
        Duration.between(
                    Instant.parse(done.getString("createdAt")),
                    Instant.parse(done.getString("updatedAt")))
                .toMillis()
            / 1000.0;
    return new Round(intakeSeconds, MESSAGES / serverSeconds, MESSAGES / totalSeconds);
  }

  private static JsonObject adhoc(int messages, String prefix) {
    JsonArrayBuilder recipients = Json.createArrayBuilder();
    for (int i = 0; i < messages; i++) {
      recipients.add(
          Json.createObjectBuilder()
              .add("email", prefix + i + "@bench.example.org")
              .add("name", "Person " + i)
              .add("data", Json.createObjectBuilder().add("code", i)));
    }
    return Json.createObjectBuilder()
        .add("messageSystem", "smtp")
        .add("subject", SUBJECT)
        .add("html", HTML)
        .add("text", TEXT)
        .add("recipients", recipients)
        .build();
  }

  /** Messages per second of a plain Jakarta Mail client over {@link #CONNECTIONS} connections. */
  private static double rawCeiling(int messages) throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", Integer.toString(SMTP_PORT));
    Session session = Session.getInstance(props);
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    long start = System.nanoTime();
    List<Future<Integer>> sent = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      int connection = c;
      sent.add(
          pool.submit(
              () -> {
                int n = 0;
                try (Transport transport = session.getTransport("smtp")) {
                  transport.connect();
                  for (int i = connection; i < messages; i += CONNECTIONS) {
                    MimeMessage m = message(session, i);
                    transport.sendMessage(m, m.getAllRecipients());
                    n++;
                  }
                }
                return n;
              }));
    }
    int total = 0;
    for (Future<Integer> f : sent) {
      total += f.get();
    }
    pool.shutdown();
    assertThat(total).isEqualTo(messages);
    return messages / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * Messages per second of postfix's {@code smtp-source} (from the package that brings the sink)
   * over {@link #CONNECTIONS} connections: what the wire and the sink allow a client that does
   * nothing else.
   */
  private static double cClientCeiling(int messages) throws Exception {
    long start = System.nanoTime();
    Process source =
        new ProcessBuilder(
                "/usr/sbin/smtp-source",
                "-s",
                Integer.toString(CONNECTIONS),
                "-m",
                Integer.toString(messages),
                "-l",
                Integer.toString(C_CLIENT_MESSAGE_BYTES),
                "-f",
                "bench@rohrpost.test",
                "-t",
                "r@bench.example.org",
                "127.0.0.1:" + SMTP_PORT)
            .inheritIO()
            .start();
    assertThat(source.waitFor()).as("smtp-source's exit code").isZero();
    return messages / ((System.nanoTime() - start) / 1e9);
  }

  private static MimeMessage message(Session session, int i) throws Exception {
    String name = "Person " + i;
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress("bench@rohrpost.test"));
    m.setRecipient(RecipientType.TO, new InternetAddress("r" + i + "@bench.example.org", name));
    m.setSubject(SUBJECT.replace("{{name}}", name), "UTF-8");
    m.setHeader("X-Rohrpost-Batch", "0");
    m.setHeader("X-Rohrpost-Message", Integer.toString(i));
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(fill(TEXT, name, i), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(fill(HTML, name, i), "UTF-8", "html");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    m.setContent(alternative);
    m.saveChanges();
    return m;
  }

  private static String fill(String template, String name, int code) throws IOException {
    return template.replace("{{name}}", name).replace("{{data.code}}", Integer.toString(code));
  }
}
