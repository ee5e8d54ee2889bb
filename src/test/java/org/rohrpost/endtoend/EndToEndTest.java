package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An end-to-end test: the built WAR on Payara Micro, called over HTTP as another application would,
 * sending to a real SMTP server (GreenMail) in this JVM. Each test gets a fresh client whose
 * message system {@code smtp} points at that server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class EndToEndTest {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final String APPROVER = "approver@rohrpost.test";

  @ArquillianResource URL server;

  RohrpostApi api;
  String client;

  @Deployment(testable = false)
  static WebArchive rohrpost() {
    return RohrpostWar.built();
  }

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
    return "member" + n + "@example.org";
  }

  /** A population of {@code size} members; every hundredth has an invalid address. */
  void population(String key, int size) {
    var recipients = Json.createArrayBuilder();
    for (int n = 1; n <= size; n++) {
      recipients.add(
          Json.createObjectBuilder()
              .add("email", n % 100 == 0 ? "member" + n + "@" : email(n))
              .add("name", "Member <" + n + ">")
              .add("data", Json.createObjectBuilder().add("code", "<b>" + n + "</b>")));
    }
    RohrpostApi.Answer answer =
        api.put(
            "clients/" + client + "/populations/" + key,
            Json.createObjectBuilder().add("recipients", recipients).build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  void communication(String key, String population, boolean bypassApproval) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("key", key)
            .add("messageSystem", "smtp")
            .add("population", population)
            .add("subject", "News for {{name}}")
            .add("html", "<p>Dear {{name}}, code {{data.code}}</p>")
            .add("text", "Dear {{name}}, code {{data.code}}")
            .add("bypassApproval", bypassApproval);
    if (!bypassApproval) {
      body.add("approvers", Json.createArrayBuilder().add(APPROVER));
    }
    RohrpostApi.Answer answer = api.post("clients/" + client + "/communications", body.build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
  }
}
