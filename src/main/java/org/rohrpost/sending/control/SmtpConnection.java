package org.rohrpost.sending.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.control.DkimKey;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * One open SMTP connection, reused for every message of a bundle; signing each with DKIM when the
 * message system has a key.
 */
public class SmtpConnection implements Channel {
  private static final String CONNECT_TIMEOUT_MS = "10000";
  private static final String IO_TIMEOUT_MS = "60000";

  private final Transport transport;
  private final MailComposer composer;
  private final DkimSigning dkim;

  private SmtpConnection(Transport transport, MailComposer composer, DkimSigning dkim) {
    this.transport = transport;
    this.composer = composer;
    this.dkim = dkim;
  }

  /**
   * Opens a connection with a session from {@link #session} (sessions are reusable); {@code dkim}
   * is null for a message system that does not sign.
   */
  public static SmtpConnection open(
      Session session, SmtpSettings smtp, String password, DkimKey dkim)
      throws CannotConnectException {
    DkimSigning signing = dkim == null ? null : new DkimSigning(dkim);
    Transport transport = null;
    try {
      transport = session.getTransport(smtp.tls() == TlsMode.TLS ? "smtps" : "smtp");
      transport.connect(smtp.host(), smtp.port(), smtp.username(), password);
    } catch (MessagingException e) {
      throw new CannotConnectException(connectionFailure(e, transport), e);
    }
    return new SmtpConnection(transport, new MailComposer(session, smtp.from()), signing);
  }

  /**
   * Hands one message to the server and says how that went; {@code unsubscribe} is null for mail
   * that is not bulk.
   */
  @Override
  public Outcome send(Message message, ListUnsubscribe unsubscribe) {
    try {
      MimeMessage mime = composer.compose(message, unsubscribe);
      if (dkim != null) {
        mime = dkim.sign(mime);
      }
      transport.sendMessage(mime, mime.getAllRecipients());
      return transport instanceof SMTPTransport smtp
          ? Outcome.sent(smtp.getLastReturnCode(), smtp.getLastServerResponse().strip())
          : Outcome.sent(250, null);
    } catch (MessagingException e) {
      return classify(e, transport.isConnected());
    }
  }

  /** A refusal of a message (at MAIL, RCPT or DATA), or the connection failing under it. */
  static Outcome classify(MessagingException e, boolean stillConnected) {
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

  /** A mail session for these settings; creating one is costly, so callers keep them. */
  public static Session session(SmtpSettings smtp, boolean auth) {
    return Session.getInstance(properties(smtp, auth));
  }

  private static Properties properties(SmtpSettings smtp, boolean auth) {
    String protocol = smtp.tls() == TlsMode.TLS ? "smtps" : "smtp";
    Properties p = new Properties();
    p.put("mail." + protocol + ".connectiontimeout", CONNECT_TIMEOUT_MS);
    p.put("mail." + protocol + ".timeout", IO_TIMEOUT_MS);
    p.put("mail." + protocol + ".writetimeout", IO_TIMEOUT_MS);
    p.put("mail." + protocol + ".auth", Boolean.toString(auth));
    p.put("mail." + protocol + ".from", smtp.from());
    if (smtp.tls() == TlsMode.STARTTLS) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (smtp.tls() != TlsMode.NONE) {
      p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return p;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (MessagingException e) {
      // the messages are recorded already; a failing QUIT changes nothing
    }
  }
}
