package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.junit.jupiter.api.Test;
import org.rohrpost.messagesystem.control.TestKeys;

/**
 * A message system with a DKIM key signs everything it sends, as an independent verifier (Apache
 * James jDKIM) confirms; the key is never shown, and a bad one is refused with nothing made.
 */
class DkimIT extends EndToEndTest {
  private static final String DOMAIN = "rohrpost.test";
  private static final String SELECTOR = "it2048";
  private static final KeyPair KEYS = TestKeys.rsa(2048);

  @Test
  void everyMessageOfADkimSystemArrivesWithASignatureThatVerifies() throws Exception {
    RohrpostApi.Answer created = messageSystem("signed", TestKeys.pem(KEYS.getPrivate()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getJsonObject("dkim").getString("domain")).isEqualTo(DOMAIN);
    assertThat(created.body()).doesNotContain("PRIVATE KEY").doesNotContain("privateKey");
    assertThat(api.get("clients/" + client + "/message-systems/signed").body())
        .doesNotContain("PRIVATE KEY");

    var recipients = Json.createArrayBuilder();
    for (int n = 1; n <= 3; n++) {
      recipients.add(Json.createObjectBuilder().add("email", email(n)).add("name", "Nr " + n));
    }
    RohrpostApi.Answer accepted =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "signed")
                .add("subject", "Signed for {{name}}")
                .add("html", "<p>Hello {{name}}</p>")
                .add("text", "Hello {{name}}")
                .add("recipients", recipients)
                .build());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    long batch = accepted.json().getJsonNumber("batch").longValue();
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");

    List<MimeMessage> received = receivedFor(batch);
    assertThat(received).hasSize(3);
    DKIMVerifier verifier = TestKeys.verifier(KEYS, SELECTOR, DOMAIN);
    for (MimeMessage message : received) {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      List<SignatureRecord> verified = verifier.verify(new ByteArrayInputStream(raw.toByteArray()));
      assertThat(verified).hasSize(1);
      assertThat(verified.get(0).getDToken().toString()).isEqualTo(DOMAIN);
    }
  }

  @Test
  void aBadKeyIsRefusedAndNothingIsMade() {
    RohrpostApi.Answer refused = messageSystem("broken", "-----BEGIN PRIVATE KEY-----\nnope\n");

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("\"field\":\"dkim.privateKey\"").doesNotContain("nope");
    assertThat(api.get("clients/" + client + "/message-systems/broken").status()).isEqualTo(404);
  }

  private RohrpostApi.Answer messageSystem(String key, String privateKey) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("key", key)
            .add("type", "SMTP")
            .add("host", "127.0.0.1")
            .add("port", smtp.getSmtp().getPort())
            .add("tls", "NONE")
            .add("from", "sender@" + DOMAIN)
            .add(
                "dkim",
                Json.createObjectBuilder()
                    .add("domain", DOMAIN)
                    .add("selector", SELECTOR)
                    .add("privateKey", privateKey));
    return api.post("clients/" + client + "/message-systems", body.build());
  }
}
