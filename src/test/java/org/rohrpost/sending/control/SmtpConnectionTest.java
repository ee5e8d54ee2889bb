package org.rohrpost.sending.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rohrpost.sending.control.TestMessages.message;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;

class SmtpConnectionTest {
  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void sendsSeveralMessagesOverOneConnection() throws Exception {
    Message first = message(1L, "one@example.com", "First", "<p>1</p>", "1");
    Message second = message(2L, "two@example.com", "Second", null, "2");
    try (SmtpConnection smtp =
        SmtpConnection.open(
            SmtpConnection.session(settings(greenMail.getSmtp().getPort()), false),
            settings(greenMail.getSmtp().getPort()),
            null,
            null)) {
      assertThat(smtp.send(first, null))
          .extracting(Outcome::kind, Outcome::replyCode)
          .containsExactly(Outcome.Kind.SENT, 250);
      assertThat(smtp.send(second, null))
          .extracting(Outcome::kind, Outcome::replyCode)
          .containsExactly(Outcome.Kind.SENT, 250);
    }

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(Arrays.stream(received).map(SmtpConnectionTest::messageId))
        .containsExactlyInAnyOrder(first.messageId(), second.messageId());
    for (MimeMessage mail : received) {
      boolean isFirst = messageId(mail).equals(first.messageId());
      assertThat(mail.getSubject()).isEqualTo(isFirst ? "First" : "Second");
      assertThat(mail.getHeader(MailComposer.MESSAGE_HEADER)).containsExactly(isFirst ? "1" : "2");
      assertThat(mail.getHeader(MailComposer.BATCH_HEADER)).containsExactly("7");
      assertThat(mail.getFrom()).containsExactly(new InternetAddress("from@example.com"));
    }
  }

  @Test
  void aClosedPortIsATemporaryFailureWithTheConnectionLost() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MessagingException e =
        catchThrowableOfType(
            MessagingException.class,
            () ->
                SmtpConnection.open(
                    SmtpConnection.session(settings(closedPort), false),
                    settings(closedPort),
                    null,
                    null));
    assertThat(e).isNotNull();
    Outcome outcome = SmtpConnection.connectionFailure(e);
    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.TEMPORARY);
    assertThat(outcome.connectionLost()).isTrue();
    assertThat(outcome.detail()).startsWith("cannot connect: ");
  }

  @ParameterizedTest
  @CsvSource({"550, PERMANENT, false", "452, TEMPORARY, false"})
  void classifiesRefusalsByReplyCode(int code, Outcome.Kind kind, boolean connectionLost)
      throws Exception {
    var refused =
        new SMTPAddressFailedException(new InternetAddress("x@example.com"), "RCPT", code, "no");
    Outcome outcome = SmtpConnection.classify(new MessagingException("failed", refused), true);
    assertThat(outcome.kind()).isEqualTo(kind);
    assertThat(outcome.connectionLost()).isEqualTo(connectionLost);
  }

  private static SmtpSettings settings(int port) {
    return new SmtpSettings("127.0.0.1", port, TlsMode.NONE, null, "from@example.com", null);
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
