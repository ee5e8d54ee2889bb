package org.rohrpost.smtp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rohrpost.channel.control.TestMessages.message;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

class MailComposerTest {
  private final SmtpSessions sessions =
      TestSessions.of(new SmtpSettings("127.0.0.1", 25, TlsMode.NONE, null, "-", null));
  private final MailComposer composer = new MailComposer(sessions, "from@example.com");

  @Test
  void keepsTheLedgerMessageIdAcrossSaves() throws MessagingException {
    Message message = message(11L, "to@example.com", "Subj", "<p>h</p>", "t");
    MimeMessage mime = composer.compose(message, null);
    assertThat(message.messageId()).matches("<[0-9a-f-]{36}@example\\.com>");
    assertThat(mime.getMessageID()).isEqualTo(message.messageId());
    mime.saveChanges();
    assertThat(mime.getHeader("Message-ID")).containsExactly(message.messageId());
  }

  @Test
  void addsTheRohrpostHeadersAndAddresses() throws MessagingException {
    MimeMessage mime = composer.compose(message(11L, "to@example.com", "Subj", null, "t"), null);
    assertThat(mime.getHeader(MailComposer.BATCH_HEADER)).containsExactly("7");
    assertThat(mime.getHeader(MailComposer.MESSAGE_HEADER)).containsExactly("11");
    assertThat(mime.getFrom()).containsExactly(new InternetAddress("from@example.com"));
    InternetAddress to = (InternetAddress) mime.getRecipients(RecipientType.TO)[0];
    assertThat(to.getAddress()).isEqualTo("to@example.com");
    assertThat(to.getPersonal()).isEqualTo("Tö Name");
  }

  @Test
  void sendsTextThenHtmlAsAlternatives() throws Exception {
    MimeMessage mime =
        composer.compose(message(11L, "to@example.com", "Subj", "<p>h</p>", "t"), null);
    assertThat(mime.isMimeType("multipart/alternative")).isTrue();
    MimeMultipart parts = (MimeMultipart) mime.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("t");
    assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>h</p>");
  }

  @Test
  void sendsASinglePartWhenThereIsOnlyOne() throws Exception {
    MimeMessage html =
        composer.compose(message(11L, "to@example.com", "S", "<p>h</p>", null), null);
    assertThat(html.isMimeType("text/html")).isTrue();
    assertThat(html.getContent()).isEqualTo("<p>h</p>");
    MimeMessage text = composer.compose(message(12L, "to@example.com", "S", null, "t"), null);
    assertThat(text.isMimeType("text/plain")).isTrue();
    assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(text.getContent()).isEqualTo("t");
  }

  @Test
  void encodesASubjectInUtf8ThatSurvivesTheWire() throws Exception {
    String subject = "Grüße – Ihr Bestellstatus ✓ 日本";
    MimeMessage mime = composer.compose(message(11L, "to@example.com", subject, null, "t"), null);
    assertThat(mime.getHeader("Subject")[0]).startsWithIgnoringCase("=?UTF-8?");
    MimeMessage parsed = reparse(mime);
    assertThat(parsed.getSubject()).isEqualTo(subject);
    assertThat(((InternetAddress) parsed.getRecipients(RecipientType.TO)[0]).getPersonal())
        .isEqualTo("Tö Name");
  }

  @Test
  void encodesTheSendersDisplayNameInUtf8() throws Exception {
    for (String from :
        new String[] {
          "Müller & Söhne – Größe € 📬 <news@example.com>",
          "\"Müller & Söhne – Größe € 📬\" <news@example.com>"
        }) {
      MimeMessage mime =
          new MailComposer(sessions, from)
              .compose(message(11L, "to@example.com", "S", null, "t"), null);
      assertThat(mime.getHeader("From")[0]).as(from).matches("\\p{ASCII}+");
      InternetAddress parsed = (InternetAddress) reparse(mime).getFrom()[0];
      assertThat(parsed.getPersonal()).as(from).isEqualTo("Müller & Söhne – Größe € 📬");
      assertThat(parsed.getAddress()).as(from).isEqualTo("news@example.com");
    }
  }

  @Test
  void bulkMailOffersOneClickUnsubscribe() throws Exception {
    ListUnsubscribe links =
        new ListUnsubscribe(
            "https://post.example/api/v1/unsubscribe/T0k",
            "mailto:from@example.com?subject=unsubscribe%20T0k");
    MimeMessage mime = composer.compose(message(11L, "to@example.com", "S", null, "t"), links);
    MimeMessage parsed = reparse(mime);
    assertThat(parsed.getHeader(MailComposer.LIST_UNSUBSCRIBE))
        .containsExactly(
            "<https://post.example/api/v1/unsubscribe/T0k>,"
                + " <mailto:from@example.com?subject=unsubscribe%20T0k>");
    assertThat(parsed.getHeader(MailComposer.LIST_UNSUBSCRIBE_POST))
        .containsExactly("List-Unsubscribe=One-Click");
  }

  @Test
  void otherMailHasNoUnsubscribeHeaders() throws Exception {
    MimeMessage parsed =
        reparse(composer.compose(message(11L, "to@example.com", "S", null, "t"), null));
    assertThat(parsed.getHeader(MailComposer.LIST_UNSUBSCRIBE)).isNull();
    assertThat(parsed.getHeader(MailComposer.LIST_UNSUBSCRIBE_POST)).isNull();
  }

  @Test
  void aSenderWithANonAsciiNameAndDomainIsEncodedForTheWire() throws Exception {
    MailComposer named = new MailComposer(sessions, "Müller & Söhne <news@bücher.example>");
    MimeMessage mime = named.compose(message(11L, "idn@bücher.example", "S", null, "t"), null);

    String from = mime.getHeader("From")[0];
    assertThat(from).startsWith("=?UTF-8?").endsWith(" <news@xn--bcher-kva.example>");
    assertThat(from.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(mime.getHeader("To")[0]).endsWith(" <idn@xn--bcher-kva.example>");
    InternetAddress sender = (InternetAddress) reparse(mime).getFrom()[0];
    assertThat(sender.getPersonal()).isEqualTo("Müller & Söhne");
    assertThat(named.needsSmtpUtf8(message(12L, "idn@bücher.example", "S", null, "t"))).isFalse();
  }

  @Test
  void aNonAsciiLocalPartIsComposedForSmtpUtf8() throws Exception {
    Message message = message(11L, "müller@example.com", "S", null, "t");
    MimeMessage mime = composer.compose(message, null);

    assertThat(composer.needsSmtpUtf8(message)).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mime.writeTo(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("<müller@example.com>");
  }

  @Test
  void anAddressThatCanNeverBeSentIsRefusedForGood() {
    assertThatThrownBy(
            () -> composer.compose(message(11L, "a\uD800b@example.com", "S", null, "t"), null))
        .isInstanceOf(UnsendableException.class)
        .hasMessageStartingWith("the recipient's address holds U+D800");
  }

  private MimeMessage reparse(MimeMessage mime) throws IOException, MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mime.writeTo(out);
    return new MimeMessage(sessions.ascii(), new ByteArrayInputStream(out.toByteArray()));
  }
}
