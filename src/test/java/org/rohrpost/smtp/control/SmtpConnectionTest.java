package org.rohrpost.smtp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rohrpost.channel.control.TestMessages.message;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rohrpost.channel.control.CannotConnectException;
import org.rohrpost.channel.control.TestSystems;
import org.rohrpost.endtoend.FaultySmtpServer;
import org.rohrpost.endtoend.FaultySmtpServer.Delivered;
import org.rohrpost.endtoend.FaultySmtpServer.Fault;
import org.rohrpost.endtoend.FaultySmtpServer.Stage;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.control.Outcome.Kind;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;

/** One SMTP connection against a real server that fails on request, reply by reply. */
class SmtpConnectionTest {
  private static final String FROM = "from@example.com";
  @RegisterExtension static final FaultySmtpServer server = FaultySmtpServer.start();

  private final Message first = message(1L, "one@example.com", "First", "<p>1</p>", "1");
  private final Message second = message(2L, "two@example.com", "Second", null, "2");

  @BeforeEach
  void noFaults() {
    server.reset();
  }

  @Test
  void sendsSeveralMessagesOverOneConnectionWithTheServersReply() throws Exception {
    try (SmtpConnection smtp = open(server.port())) {
      Outcome one = smtp.send(first, null);
      Outcome two = smtp.send(second, null);

      assertThat(List.of(one, two))
          .allSatisfy(
              outcome -> {
                assertThat(outcome.kind()).isEqualTo(Kind.SENT);
                assertThat(outcome.replyCode()).isEqualTo(250);
                assertThat(outcome.connectionLost()).isFalse();
              });
    }

    List<Delivered> received = server.delivered();
    assertThat(received)
        .extracting(Delivered::recipient)
        .containsExactly("one@example.com", "two@example.com");
    for (Delivered mail : received) {
      boolean isFirst = mail.recipient().equals("one@example.com");
      Message sent = isFirst ? first : second;
      assertThat(mail.sender()).isEqualTo(FROM);
      assertThat(mail.header("Message-ID")).isEqualTo(sent.messageId());
      assertThat(mail.header(MailComposer.MESSAGE_HEADER)).isEqualTo(isFirst ? "1" : "2");
      assertThat(mail.header(MailComposer.BATCH_HEADER)).isEqualTo("7");
      assertThat(mail.message().getSubject()).isEqualTo(sent.subject());
      assertThat(mail.message().getFrom()).containsExactly(new InternetAddress(FROM));
    }
  }

  @Test
  void anInternationalDomainGoesOutInItsAsciiFormInTheEnvelopeAndTheHeader() throws Exception {
    Message idn = message(3L, "idn@bücher.example", "IDN", null, "x");
    try (SmtpConnection smtp = open(server.port())) {
      assertThat(smtp.send(idn, null).kind()).isEqualTo(Kind.SENT);
    }

    Delivered mail = server.delivered().get(0);
    assertThat(mail.recipients()).containsExactly("idn@xn--bcher-kva.example");
    assertThat(mail.header("To")).endsWith("<idn@xn--bcher-kva.example>");
    assertThat(server.mailCommands()).containsExactly("MAIL FROM:<" + FROM + ">");
  }

  @Test
  void aNonAsciiLocalPartGoesUnderSmtpUtf8AndOnlyItsMessageSaysSo() throws Exception {
    String cjk = "a\u760D\u760Ab@example.com";
    try (SmtpConnection smtp = open(server.port())) {
      assertThat(smtp.send(message(3L, "müller@bücher.example", "Ü", null, "x"), null).kind())
          .isEqualTo(Kind.SENT);
      assertThat(smtp.send(first, null).kind()).isEqualTo(Kind.SENT);
      assertThat(smtp.send(message(4L, cjk, "CJK", null, "x"), null).kind()).isEqualTo(Kind.SENT);
    }

    assertThat(server.delivered())
        .extracting(Delivered::recipient)
        .containsExactly("müller@xn--bcher-kva.example", "one@example.com", cjk);
    assertThat(server.mailCommands())
        .containsExactly(
            "MAIL FROM:<" + FROM + "> SMTPUTF8",
            "MAIL FROM:<" + FROM + ">",
            "MAIL FROM:<" + FROM + "> SMTPUTF8");
    assertThat(server.delivered().get(0).header("To")).endsWith("<müller@xn--bcher-kva.example>");
  }

  @Test
  void aNonAsciiLocalPartFailsForGoodWhereTheRelayDoesNotOfferSmtpUtf8() throws Exception {
    try (FaultySmtpServer plain = FaultySmtpServer.withoutSmtpUtf8();
        SmtpConnection smtp = open(plain.port())) {
      Outcome outcome = smtp.send(message(3L, "müller@example.com", "Ü", null, "x"), null);

      assertThat(outcome.kind()).isEqualTo(Kind.PERMANENT);
      assertThat(outcome.detail())
          .isEqualTo("the relay does not offer SMTPUTF8, needed for a non-ASCII local part");
      assertThat(outcome.connectionLost()).isFalse();
      assertThat(smtp.send(first, null).kind()).isEqualTo(Kind.SENT);
      assertThat(plain.delivered())
          .extracting(Delivered::recipient)
          .containsExactly("one@example.com");
      assertThat(plain.mailCommands()).containsExactly("MAIL FROM:<" + FROM + ">");
    }
  }

  @ParameterizedTest(name = "{1} at {0} is {2}")
  @CsvSource({
    "RCPT, 550, PERMANENT, 5.1.1",
    "RCPT, 554, PERMANENT, 5.7.1",
    "RCPT, 450, TEMPORARY, 4.2.1",
    "RCPT, 451, TEMPORARY, 4.7.1",
    "RCPT, 454, THROTTLED, 4.7.0",
    "DATA, 550, PERMANENT, 5.1.1",
    "DATA, 554, PERMANENT, 5.7.1",
    "DATA, 450, TEMPORARY, 4.2.1",
    "DATA, 451, TEMPORARY, 4.7.1",
    "DATA, 454, THROTTLED, 4.7.0",
    "MAIL, 451, TEMPORARY, 4.7.1",
    "MAIL, 454, THROTTLED, 4.7.0",
    "MAIL, 550, PERMANENT, 5.1.1"
  })
  void aRefusalIsClassifiedByItsCodeAndTheConnectionServesTheNextMessage(
      Stage stage, int code, Kind kind, String enhancedStatus) throws Exception {
    String refused = stage == Stage.MAIL ? FROM : "one@example.com";
    server.fail(stage, refused::equals, Fault.reply(code), 1);

    try (SmtpConnection smtp = open(server.port())) {
      Outcome outcome = smtp.send(first, null);

      assertThat(outcome.kind()).isEqualTo(kind);
      assertThat(outcome.replyCode()).isEqualTo(code);
      assertThat(outcome.enhancedStatus()).isEqualTo(enhancedStatus);
      assertThat(outcome.detail()).startsWith(code + " " + enhancedStatus);
      assertThat(outcome.connectionLost()).isFalse();
      assertThat(smtp.send(second, null).kind()).isEqualTo(Kind.SENT);
    }
    assertThat(server.injected()).hasSize(1).first().extracting(i -> i.code()).isEqualTo(code);
    assertThat(server.delivered())
        .extracting(Delivered::recipient)
        .containsExactly("two@example.com");
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"MAIL", "RCPT", "DATA"})
  void a421ClosingTheConnectionIsAThrottleWithTheConnectionLost(Stage stage) throws Exception {
    server.fail(stage, address -> true, Fault.reply(421), 1);

    try (SmtpConnection smtp = open(server.port())) {
      Outcome outcome = smtp.send(first, null);

      assertThat(outcome.kind()).isEqualTo(Kind.THROTTLED);
      assertThat(outcome.replyCode()).isEqualTo(421);
      assertThat(outcome.enhancedStatus()).isEqualTo("4.7.0");
      assertThat(outcome.connectionLost()).isTrue();
    }
    assertThat(server.delivered()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"RCPT", "DATA"})
  void aDroppedConnectionIsATemporaryFailureWithoutReplyCode(Stage stage) throws Exception {
    server.fail(stage, "one@example.com"::equals, Fault.drop(), 1);

    try (SmtpConnection smtp = open(server.port())) {
      Outcome outcome = smtp.send(first, null);

      assertThat(outcome.kind()).isEqualTo(Kind.TEMPORARY);
      assertThat(outcome.replyCode()).isEqualTo(-1);
      assertThat(outcome.connectionLost()).isTrue();
      assertThat(outcome.enhancedStatus()).isNull();
    }
    assertThat(server.injected()).hasSize(1);
    assertThat(server.delivered()).isEmpty();
  }

  @ParameterizedTest(name = "{0} at the greeting is {1}")
  @CsvSource({"421, THROTTLED, 4.7.0", "454, THROTTLED, 4.7.0", "451, TEMPORARY, 4.7.1"})
  void aRefusedConnectionIsClassifiedByTheGreetingsCode(
      int code, Kind kind, String enhancedStatus) {
    server.refuseConnections(1, Fault.reply(code));

    CannotConnectException e =
        catchThrowableOfType(CannotConnectException.class, () -> open(server.port()));

    assertThat(e).isNotNull();
    assertThat(e.outcome().kind()).isEqualTo(kind);
    assertThat(e.outcome().replyCode()).isEqualTo(code);
    assertThat(e.outcome().enhancedStatus()).isEqualTo(enhancedStatus);
    assertThat(e.outcome().connectionLost()).isTrue();
  }

  @Test
  void aServerRefusingForGoodAtTheGreetingIsWorthAnotherTryLater() {
    server.refuseConnections(1, Fault.reply(554));

    CannotConnectException e =
        catchThrowableOfType(CannotConnectException.class, () -> open(server.port()));

    assertThat(e.outcome().kind()).isEqualTo(Kind.TEMPORARY);
    assertThat(e.outcome().replyCode()).isEqualTo(554);
  }

  @Test
  void aClosedPortIsATemporaryFailureWithTheConnectionLost() throws IOException {
    int closedPort = TestSystems.closedPort();

    CannotConnectException e =
        catchThrowableOfType(CannotConnectException.class, () -> open(closedPort));

    assertThat(e).isNotNull();
    Outcome outcome = e.outcome();
    assertThat(outcome.kind()).isEqualTo(Kind.TEMPORARY);
    assertThat(outcome.replyCode()).isEqualTo(-1);
    assertThat(outcome.connectionLost()).isTrue();
    assertThat(outcome.detail()).startsWith("cannot connect: ");
  }

  @ParameterizedTest
  @CsvSource({
    "550, PERMANENT, false",
    "452, TEMPORARY, false",
    "421, THROTTLED, false",
    "454, THROTTLED, false"
  })
  void classifiesRefusalsByReplyCode(int code, Kind kind, boolean connectionLost) throws Exception {
    var refused =
        new SMTPAddressFailedException(new InternetAddress("x@example.com"), "RCPT", code, "no");
    Outcome outcome = SmtpConnection.classify(new MessagingException("failed", refused), true);
    assertThat(outcome.kind()).isEqualTo(kind);
    assertThat(outcome.connectionLost()).isEqualTo(connectionLost);
  }

  private static SmtpConnection open(int port) throws CannotConnectException {
    SmtpSettings settings = new SmtpSettings("127.0.0.1", port, TlsMode.NONE, null, FROM, null);
    return SmtpConnection.open(TestSessions.of(settings), settings, null, null);
  }
}
