package org.rohrpost.endtoend;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
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
}
