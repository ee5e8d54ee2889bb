package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An end-to-end test: the built WAR on Payara Micro (one boot for all, {@link ItDeployment}),
 * called over HTTP as another application would, sending to a real SMTP server (GreenMail) in this
 * JVM. Each test gets a fresh client whose message system {@code smtp} points at that server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class EndToEndTest {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final String APPROVER = TestMailings.APPROVER;

  @ArquillianResource URL server;

  RohrpostApi api;
  String client;

  @BeforeEach
  void newClientWithMessageSystem() {
    api = RohrpostApi.asAdmin(URI.create(server.toString()));
    client =
        api.newClientWithSmtp(getClass().getSimpleName().toLowerCase(), smtp.getSmtp().getPort());
  }

  /** What the SMTP server received of a batch (by its {@code X-Rohrpost-Batch} header). */
  static List<MimeMessage> receivedFor(long batch) {
    Function<MimeMessage, String> batchOf =
        m -> {
          try {
            return m.getHeader("X-Rohrpost-Batch", null);
          } catch (Exception e) {
            return null;
          }
        };
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> Long.toString(batch).equals(batchOf.apply(m)))
        .toList();
  }

  static String email(int n) {
    return TestMailings.email(n);
  }

  void population(String key, int size) {
    TestMailings.population(api, client, key, size);
  }

  void communication(String key, String population, boolean bypassApproval) {
    TestMailings.communication(api, client, key, population, bypassApproval);
  }

  /** A batch of the communication, now or at {@code sendAt} (null: now). */
  long newBatch(String communication, String sendAt) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (sendAt != null) {
      body.add("sendAt", sendAt);
    }
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/communications/" + communication + "/batches", body.build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getJsonNumber("id").longValue();
  }

  /** The approval notice of the batch, as its approver received it. */
  MimeMessage awaitNotice(long batch) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (Arrays.toString(m.getAllRecipients()).contains(APPROVER)
            && m.getSubject().contains("batch " + batch + " ")) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      subjects.add(m.getSubject() + " to " + Arrays.toString(m.getAllRecipients()));
    }
    throw new AssertionError(
        "No approval notice for batch "
            + batch
            + " among "
            + subjects
            + "; batches of the client: "
            + api.get("clients/" + client + "/batches").body()
            + "; messages of the newest: "
            + api.get("batches/" + (batch + 1) + "/messages").body()
            + " port "
            + smtp.getSmtp().getPort());
  }

  /** The password of every user a test makes. */
  static final String USER_PASSWORD = "long-enough-pass";

  /** A user with one role, of every client; its name is {@code prefix-<client>}. */
  String user(String prefix, String role) {
    return user(prefix, role, null);
  }

  /** A user with one role, bound to {@code boundTo} unless that is null. */
  String user(String prefix, String role, String boundTo) {
    String name = prefix + "-" + client;
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("username", name)
            .add("password", USER_PASSWORD)
            .add("roles", Json.createArrayBuilder().add(role));
    if (boundTo != null) {
      body.add("client", boundTo);
    }
    RohrpostApi.Answer answer = api.post("users", body.build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return name;
  }

  /** The API as {@code user} (made by {@link #user}). */
  RohrpostApi as(String user) {
    return new RohrpostApi(URI.create(server.toString()), user, USER_PASSWORD);
  }
}
