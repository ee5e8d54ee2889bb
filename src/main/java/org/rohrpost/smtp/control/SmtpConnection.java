package org.rohrpost.smtp.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.rohrpost.channel.control.CannotConnectException;
import org.rohrpost.channel.control.Connection;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.control.DkimKey;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * One open SMTP connection, reused for every message of a bundle; signing each with DKIM when the
 * message system has a key. Mail with a non-ASCII local part goes over a second connection, opened
 * for the first such message, that says SMTPUTF8 (ADR 24); where the relay does not offer it, such
 * mail fails for good at once.
 */
public class SmtpConnection implements Connection {
  static final String NO_SMTPUTF8 =
      "the relay does not offer SMTPUTF8, needed for a non-ASCII local part";

  private final SmtpSessions sessions;
  private final SmtpSettings smtp;
  private final String password;
  private final Transport transport;
  private final MailComposer composer;
  private final DkimSigning dkim;
  private Transport utf8;

  private SmtpConnection(
      SmtpSessions sessions,
      SmtpSettings smtp,
      String password,
      Transport transport,
      MailComposer composer,
      DkimSigning dkim) {
    this.sessions = sessions;
    this.smtp = smtp;
    this.password = password;
    this.transport = transport;
    this.composer = composer;
    this.dkim = dkim;
  }

  /**
   * Opens a connection with sessions from {@link SmtpSessions#of} (sessions are reusable); {@code
   * dkim} is null for a message system that does not sign.
   */
  public static SmtpConnection open(
      SmtpSessions sessions, SmtpSettings smtp, String password, DkimKey dkim)
      throws CannotConnectException {
    DkimSigning signing = dkim == null ? null : new DkimSigning(dkim);
    MailComposer composer = new MailComposer(sessions, smtp.from());
    Transport transport = connect(sessions.ascii(), smtp, password);
    return new SmtpConnection(sessions, smtp, password, transport, composer, signing);
  }

  private static Transport connect(Session session, SmtpSettings smtp, String password)
      throws CannotConnectException {
    Transport transport = null;
    try {
      transport = session.getTransport(SmtpSessions.protocol(smtp));
      transport.connect(smtp.host(), smtp.port(), smtp.username(), password);
      return transport;
    } catch (MessagingException e) {
      throw new CannotConnectException(connectionFailure(e, transport), e);
    }
  }

  /**
   * Hands one message to the server and says how that went; {@code unsubscribe} is null for mail
   * that is not bulk.
   */
  @Override
  public Outcome send(Message message, ListUnsubscribe unsubscribe) {
    Transport via = transport;
    try {
      MimeMessage mime = composer.compose(message, unsubscribe);
      if (dkim != null) {
        mime = dkim.sign(mime);
      }
      if (composer.needsSmtpUtf8(message)) {
        via = utf8Transport();
      }
      via.sendMessage(mime, mime.getAllRecipients());
      return via instanceof SMTPTransport sent
          ? Outcome.sent(sent.getLastReturnCode(), sent.getLastServerResponse().strip())
          : Outcome.sent(250, null);
    } catch (CannotConnectException e) {
      return e.outcome();
    } catch (MessagingException e) {
      return classify(e, via.isConnected());
    }
  }

  /** The connection for mail that needs SMTPUTF8, if the relay offers it. */
  private Transport utf8Transport() throws UnsendableException, CannotConnectException {
    if (utf8 == null) {
      if (!(transport instanceof SMTPTransport ascii && ascii.supportsExtension("SMTPUTF8"))) {
        throw new UnsendableException(NO_SMTPUTF8);
      }
      utf8 = connect(sessions.utf8(), smtp, password);
    }
    return utf8;
  }

  /** A refusal of a message (at MAIL, RCPT or DATA), or the connection failing under it. */
  static Outcome classify(MessagingException e, boolean stillConnected) {
    if (e instanceof UnsendableException) {
      return Outcome.permanent(-1, e.getMessage());
    }
    return byReplyCode(replyCode(e), describe(e), !stillConnected);
  }

  /**
   * A connection that could not be opened: the server's reply to the greeting, EHLO or AUTH when
   * there was one (on {@code transport}, which may be null), else the I/O failure. Only a request
   * to slow down is told apart: anything else is worth another try later.
   */
  static Outcome connectionFailure(MessagingException e, Transport transport) {
    if (transport instanceof SMTPTransport smtp
        && smtp.getLastReturnCode() >= 400
        && smtp.getLastServerResponse() != null) {
      int code = smtp.getLastReturnCode();
      String reply = smtp.getLastServerResponse().strip();
      return isSlowDown(code)
          ? Outcome.throttled(code, reply, true)
          : Outcome.temporary(code, reply, true);
    }
    return Outcome.temporary(-1, "cannot connect: " + describe(e), true);
  }

  /**
   * The one rule for SMTP reply codes: 421 and 454 ask to slow down, other 5xx are final, other 4xx
   * are worth another try, and no reply at all is connection trouble.
   */
  private static Outcome byReplyCode(int code, String detail, boolean connectionLost) {
    if (isSlowDown(code)) {
      return Outcome.throttled(code, detail, connectionLost);
    }
    if (code >= 500) {
      return Outcome.permanent(code, detail);
    }
    if (code >= 400) {
      return Outcome.temporary(code, detail, connectionLost);
    }
    return Outcome.temporary(-1, detail, true);
  }

  /**
   * 421 (service not available, closing the connection: RFC 5321 lets a busy server say so to any
   * command) and 454 (temporarily unable, in practice "too many messages or connections").
   */
  private static boolean isSlowDown(int code) {
    return code == 421 || code == 454;
  }

  private static int replyCode(Exception e) {
    for (Exception x = e; x != null; ) {
      if (x instanceof SMTPAddressFailedException f) {
        return f.getReturnCode();
      }
      if (x instanceof SMTPSendFailedException f) {
        return f.getReturnCode();
      }
      if (x instanceof SMTPSenderFailedException f) {
        return f.getReturnCode();
      }
      if (x instanceof MessagingException m && m.getNextException() != null) {
        x = m.getNextException();
      } else {
        x = null;
      }
    }
    return -1;
  }

  /** The innermost cause's message, naming I/O failures by their type. */
  private static String describe(MessagingException e) {
    Exception root = e;
    while (root instanceof MessagingException m && m.getNextException() != null) {
      root = m.getNextException();
    }
    String text = root.getMessage() == null ? "" : root.getMessage().strip();
    return root instanceof IOException || text.isEmpty()
        ? root.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text)
        : text;
  }

  @Override
  public void close() {
    for (Transport open : new Transport[] {transport, utf8}) {
      try {
        if (open != null) {
          open.close();
        }
      } catch (MessagingException e) {
        // the messages are recorded already; a failing QUIT changes nothing
      }
    }
  }
}
