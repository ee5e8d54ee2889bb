package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same WAR on WildFly ({@code mvn -Pwildfly verify}): the build unpacks WildFly, configures it
 * with {@code server-config/wildfly/*.cli}, starts it, deploys {@code target/rohrpost.war} and runs
 * this test against it over HTTP, sending to a GreenMail SMTP server in this JVM. Not an Arquillian
 * test: the server is the build's, as an operator would run it.
 */
class WildFlyIT {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final URI SERVER = URI.create(System.getProperty("wildfly.url", "http://127.0.0.1:8280/"));
  static final URI MANAGEMENT =
      URI.create(System.getProperty("wildfly.management.url", "http://127.0.0.1:10190/"));
  static final HttpClient HTTP = HttpClient.newHttpClient();

  RohrpostApi api;
  String client;

  @BeforeAll
  static void serverIsReady() throws Exception {
    assertThat(awaitOk(MANAGEMENT.resolve("/health/ready"), Duration.ofSeconds(60)))
        .contains("\"status\":\"UP\"")
        .contains("\"rohrpost\"");
  }

  @BeforeEach
  void newClientWithMessageSystem() {
    api = RohrpostApi.asAdmin(SERVER);
    client = api.newClientWithSmtp("wildfly", smtp.getSmtp().getPort());
  }

  @Test
  void adhocBatchArrivesExactlyOncePerRecipientAndIsCounted() throws Exception {
    JsonArrayBuilder recipients = Json.createArrayBuilder();
    for (int i = 0; i < 50; i++) {
      recipients.add(
          Json.createObjectBuilder()
              .add("email", "person" + i + "@" + client + ".example.org")
              .add("name", "Person " + i));
    }
    RohrpostApi.Answer accepted =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Hello {{name}}")
                .add("text", "Hello {{name}}")
                .add("recipients", recipients)
                .build());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    long batch = accepted.json().getJsonNumber("batch").longValue();

    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(50);
    Map<String, Long> perRecipient =
        receivedFor(batch).stream()
            .collect(Collectors.groupingBy(WildFlyIT::recipient, Collectors.counting()));
    assertThat(perRecipient).hasSize(50).allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));

    Pattern sent50 =
        Pattern.compile(
            "rohrpost_messages_sent_total\\{[^}]*client=\"" + client + "\"[^}]*\\} 50\\.0");
    assertThat(awaitMatch(SERVER.resolve("/metrics"), sent50, Duration.ofSeconds(40)))
        .containsPattern(sent50);
  }

  @Test
  void aCommunicationIsGeneratedByTheBatchRuntimeAndSentNowAndWhenScheduled() throws Exception {
    JsonArrayBuilder members = Json.createArrayBuilder();
    for (int n = 1; n <= 30; n++) {
      members.add(Json.createObjectBuilder().add("email", "member" + n + "@example.org"));
    }
    RohrpostApi.Answer population =
        api.put(
            "clients/" + client + "/populations/all",
            Json.createObjectBuilder().add("recipients", members).build());
    assertThat(population.status()).as(population.body()).isEqualTo(200);
    RohrpostApi.Answer communication =
        api.post(
            "clients/" + client + "/communications",
            Json.createObjectBuilder()
                .add("key", "news")
                .add("messageSystem", "smtp")
                .add("population", "all")
                .add("subject", "News")
                .add("text", "Hi {{email}}")
                .add("bypassApproval", true)
                .build());
    assertThat(communication.status()).as(communication.body()).isEqualTo(201);

    long now = newBatch(Json.createObjectBuilder());
    // a later batch is a one-off schedule: a timer running as the server's own role fires it
    long later =
        newBatch(Json.createObjectBuilder().add("sendAt", Instant.now().plusSeconds(3).toString()));
    assertThat(api.get("batches/" + later).json().getString("status")).isEqualTo("SCHEDULED");

    for (long batch : new long[] {now, later}) {
      JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));
      assertThat(done.getString("status")).isEqualTo("COMPLETED");
      assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(30);
      assertThat(receivedFor(batch)).hasSize(30);
    }
  }

  private long newBatch(JsonObjectBuilder body) {
    RohrpostApi.Answer created =
        api.post("clients/" + client + "/communications/news/batches", body.build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void theApiIsDescribedByTheBuiltDocumentAndNeedsCredentials() throws Exception {
    assertThat(awaitOk(SERVER.resolve("/openapi"), Duration.ofSeconds(5)))
        .as("the document the build made, as Payara serves it too")
        .isEqualTo(new String(OpenApiDocumentIT.built("yaml"), StandardCharsets.UTF_8));
    HttpResponse<String> anonymous =
        HTTP.send(
            HttpRequest.newBuilder(SERVER.resolve("/api/v1/clients")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(new RohrpostApi(SERVER, "admin", "wrong").get("clients").status()).isEqualTo(401);
  }

  private static List<MimeMessage> receivedFor(long batch) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> Long.toString(batch).equals(header(m, "X-Rohrpost-Batch")))
        .toList();
  }

  private static String header(MimeMessage m, String name) {
    try {
      return m.getHeader(name, null);
    } catch (Exception e) {
      return null;
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body of the first 200 answer; fails after the timeout. */
  private static String awaitOk(URI uri, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> answer =
            HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return answer.body();
        }
        last = answer.statusCode() + " " + answer.body();
      } catch (java.io.IOException e) {
        last = e.toString();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(uri + " did not answer 200 within " + timeout + ": " + last);
  }

  /** Polls until the body matches; returns the last body. */
  private static String awaitMatch(URI uri, Pattern wanted, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = awaitOk(uri, timeout);
      if (wanted.matcher(body).find()) {
        break;
      }
      Thread.sleep(500);
    }
    return body;
  }
}
