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
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rohrpost.endtoend.RohrpostApi;

/**
 * Throughput of an ad-hoc batch end to end (REST → ledger → JMS → workers → SMTP) against the raw
 * ceiling: a plain Jakarta Mail client sending the same messages over as many connections as the
 * NORMAL class has workers. Run by {@code src/bench/benchmark.sh}, not by {@code mvn verify}; the
 * SMTP sink (postfix smtp-sink) listens on {@code bench.smtp.port}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdhocThroughputBenchmark {
  private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
  private static final int CONNECTIONS = 4;
  private static final int SMTP_PORT = Integer.getInteger("bench.smtp.port", 2526);
  private static final String SUBJECT = "Your statement, {{name}}";
  private static final String HTML =
      "<html><body><h1>Hello {{name}}</h1><p>Your code is <b>{{data.code}}</b>.</p>"
          + "<p>Thank you for being with us. This is a benchmark message of about the size of a"
          + " short transactional notice, with a text part beside it.</p></body></html>";
  private static final String TEXT =
      "Hello {{name}}\n\nYour code is {{data.code}}.\n\nThank you for being with us. This is a"
          + " benchmark message of about the size of a short transactional notice.";

  @ArquillianResource URL server;

  @Deployment(testable = false)
  static WebArchive rohrpost() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("rohrpost.war", "target/rohrpost.war")));
  }

  @Test
  void adhocBatchAgainstTheRawCeiling() throws Exception {
    double raw = rawCeiling();

    RohrpostApi api = RohrpostApi.asAdmin(URI.create(server.toString()));
    String client = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    api.post(
        "clients",
        Json.createObjectBuilder()
            .add("key", client)
            .add("name", "Benchmark")
            .add("queueClass", "NORMAL")
            .build());
    api.post(
        "clients/" + client + "/message-systems",
        Json.createObjectBuilder()
            .add("key", "sink")
            .add("host", "127.0.0.1")
            .add("port", SMTP_PORT)
            .add("from", "bench@rohrpost.test")
            .build());
    JsonArrayBuilder recipients = Json.createArrayBuilder();
    for (int i = 0; i < MESSAGES; i++) {
      recipients.add(
          Json.createObjectBuilder()
              .add("email", "r" + i + "@bench.example.org")
              .add("name", "Person " + i)
              .add("data", Json.createObjectBuilder().add("code", i)));
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("messageSystem", "sink")
            .add("subject", SUBJECT)
            .add("html", HTML)
            .add("text", TEXT)
            .add("recipients", recipients)
            .build();

    long start = System.nanoTime();
    RohrpostApi.Answer accepted = api.post("clients/" + client + "/adhoc", body);
    double intakeSeconds = (System.nanoTime() - start) / 1e9;
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    long batch = accepted.json().getJsonNumber("batch").longValue();
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(20));
    double totalSeconds = (System.nanoTime() - start) / 1e9;

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(MESSAGES);
    double sendSeconds =
        Duration.between(
                    Instant.parse(done.getString("createdAt")),
                    Instant.parse(done.getString("updatedAt")))
                .toMillis()
            / 1000.0;
    double endToEnd = MESSAGES / totalSeconds;
    String database =
        System.getProperty("rohrpost.db.url", "").startsWith("jdbc:postgresql")
            ? "PostgreSQL"
            : "H2";
    String line =
        String.format(
            "| %s | %s | %d | %d | %.0f | %.1f | %.0f | %.0f | %.2f |%n",
            Instant.now().toString().substring(0, 10),
            database,
            MESSAGES,
            CONNECTIONS,
            raw,
            intakeSeconds,
            MESSAGES / sendSeconds,
            endToEnd,
            endToEnd / raw);
    System.out.print("BENCHMARK " + line);
    Files.writeString(
        Path.of("target", "benchmark-results.md"),
        line,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** Messages per second of a plain Jakarta Mail client over {@link #CONNECTIONS} connections. */
  private static double rawCeiling() throws Exception {
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
                  for (int i = connection; i < MESSAGES; i += CONNECTIONS) {
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
    assertThat(total).isEqualTo(MESSAGES);
    return MESSAGES / ((System.nanoTime() - start) / 1e9);
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
