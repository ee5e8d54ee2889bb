package org.rohrpost.smtp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rohrpost.channel.control.TestMessages.message;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import java.util.Properties;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.control.DkimKey;
import org.rohrpost.messagesystem.control.DkimKeys;
import org.rohrpost.messagesystem.control.TestKeys;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;
import org.rohrpost.validation.control.FieldErrors;

/**
 * Mail of a message system with a DKIM key, composed and sent by the real code over SMTP to
 * GreenMail, and checked with an independent verifier (Apache James jDKIM) against the public key
 * as DNS would publish it.
 */
class DkimSigningTest {
  private static final String DOMAIN = "mail.example.com";
  private static final String SELECTOR = "s2048";
  private static final KeyPair KEYS = TestKeys.rsa(2048);

  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void signedMailVerifiesWithAnIndependentVerifier() throws Exception {
    Message message = message(21L, "to@example.com", "Grüße – Ihre Bestellung", "<p>hö</p>", "hö");
    byte[] raw = sendAndReceive(dkimKey(), message, null);

    List<SignatureRecord> verified = verifier(KEYS).verify(new ByteArrayInputStream(raw));

    assertThat(verified).hasSize(1);
    SignatureRecord signature = verified.get(0);
    assertThat(signature.getDToken()).hasToString(DOMAIN);
    assertThat(signature.getSelector()).hasToString(SELECTOR);
    assertThat(signature.getHashKeyType()).hasToString("rsa");
    assertThat(signature.getHashMethod()).hasToString("sha256");
    assertThat(signature.getHeaderCanonicalisationMethod()).isEqualTo(SignatureRecord.RELAXED);
    assertThat(signature.getBodyCanonicalisationMethod()).isEqualTo(SignatureRecord.RELAXED);
    assertThat(signature.getBodyHashLimit()).isEqualTo(-1);
    assertThat(signedHeaders(signature))
        .contains(
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "mime-version",
            "content-type",
            "x-rohrpost-message");
  }

  @Test
  void signingKeepsTheLedgerMessageId() throws Exception {
    Message message = message(22L, "to@example.com", "Id", null, "t");
    MimeMessage received = parse(sendAndReceive(dkimKey(), message, null));
    assertThat(received.getMessageID()).isEqualTo(message.messageId());
    assertThat(received.getHeader("Message-ID")).containsExactly(message.messageId());
    assertThat(received.getHeader("DKIM-Signature")).hasSize(1);
  }

  @Test
  void theSignedCopyKeepsTheMessageIdWhenItsChangesAreSavedAgain() throws Exception {
    Message message = message(28L, "to@example.com", "Again", null, "t");
    Session session = Session.getInstance(new Properties());
    MimeMessage composed =
        new MailComposer(new SmtpSessions(session, session), "news@example.com")
            .compose(message, null);
    MimeMessage signed = new DkimSigning(dkimKey()).sign(composed);
    signed.saveChanges();
    assertThat(signed.getHeader("Message-ID")).containsExactly(message.messageId());
  }

  @Test
  void theUnsubscribeHeadersOfBulkMailAreSigned() throws Exception {
    ListUnsubscribe links =
        new ListUnsubscribe(
            "https://post.example/api/v1/unsubscribe/T0k",
            "mailto:from@example.com?subject=unsubscribe%20T0k");
    byte[] raw =
        sendAndReceive(dkimKey(), message(23L, "to@example.com", "Bulk", null, "t"), links);

    List<SignatureRecord> verified = verifier(KEYS).verify(new ByteArrayInputStream(raw));

    assertThat(signedHeaders(verified.get(0)))
        .contains("list-unsubscribe", "list-unsubscribe-post");
  }

  @Test
  void aSubjectChangedAfterSigningFailsVerification() throws Exception {
    String raw =
        text(
            sendAndReceive(
                dkimKey(), message(24L, "to@example.com", "Your order", null, "t"), null));
    assertThat(raw).contains("Subject: Your order\r\n");
    byte[] altered = bytes(raw.replace("Subject: Your order\r\n", "Subject: Your 0rder\r\n"));

    PermFailException e =
        catchThrowableOfType(
            PermFailException.class,
            () -> verifier(KEYS).verify(new ByteArrayInputStream(altered)));
    assertThat(e).hasMessageContaining("does not verify");
  }

  @Test
  void aBodyChangedAfterSigningFailsVerification() throws Exception {
    String raw =
        text(
            sendAndReceive(
                dkimKey(), message(25L, "to@example.com", "Body", null, "Pay 10 EUR"), null));
    assertThat(raw).contains("Pay 10 EUR");
    byte[] altered = bytes(raw.replace("Pay 10 EUR", "Pay 99 EUR"));

    PermFailException e =
        catchThrowableOfType(
            PermFailException.class,
            () -> verifier(KEYS).verify(new ByteArrayInputStream(altered)));
    assertThat(e).hasMessageContaining("bodyhash");
  }

  @Test
  void anotherKeyDoesNotVerifyTheSignature() throws Exception {
    byte[] raw = sendAndReceive(dkimKey(), message(26L, "to@example.com", "K", null, "t"), null);
    FailException e =
        catchThrowableOfType(
            FailException.class,
            () -> verifier(TestKeys.rsa(2048)).verify(new ByteArrayInputStream(raw)));
    assertThat(e).isNotNull();
  }

  @Test
  void mailOfASystemWithoutDkimIsNotSigned() throws Exception {
    byte[] raw = sendAndReceive(null, message(27L, "to@example.com", "Plain", null, "t"), null);
    assertThat(parse(raw).getHeader("DKIM-Signature")).isNull();
    // jDKIM answers null when there is no signature to check
    assertThat(verifier(KEYS).verify(new ByteArrayInputStream(raw))).isNull();
  }

  /** The key as the sender gets it: checked PEM, stored form, read back. */
  private static DkimKey dkimKey() throws Exception {
    FieldErrors errors = new FieldErrors();
    RSAPrivateKey checked =
        DkimKeys.check(errors, DOMAIN, SELECTOR, TestKeys.pem(KEYS.getPrivate()));
    errors.throwIfAny();
    return new DkimKey(DOMAIN, SELECTOR, DkimKeys.decode(DkimKeys.encode(checked)));
  }

  /** Sends one message over a fresh connection and answers the bytes GreenMail received. */
  private static byte[] sendAndReceive(DkimKey dkim, Message message, ListUnsubscribe links)
      throws Exception {
    SmtpSettings smtp =
        new SmtpSettings(
            "127.0.0.1",
            greenMail.getSmtp().getPort(),
            TlsMode.NONE,
            null,
            "news@example.com",
            null);
    try (SmtpConnection connection = SmtpConnection.open(TestSessions.of(smtp), smtp, null, dkim)) {
      assertThat(connection.send(message, links))
          .extracting(Outcome::kind, Outcome::replyCode)
          .containsExactly(Outcome.Kind.SENT, 250);
    }
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    received[0].writeTo(out);
    return out.toByteArray();
  }

  private static DKIMVerifier verifier(KeyPair keys) {
    return TestKeys.verifier(keys, SELECTOR, DOMAIN);
  }

  private static List<String> signedHeaders(SignatureRecord signature) {
    return signature.getHeaders().stream().map(h -> h.toString().toLowerCase()).toList();
  }

  private static MimeMessage parse(byte[] raw) throws Exception {
    return new MimeMessage(null, new ByteArrayInputStream(raw));
  }

  private static String text(byte[] raw) {
    return new String(raw, StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(String raw) {
    return raw.getBytes(StandardCharsets.ISO_8859_1);
  }
}
