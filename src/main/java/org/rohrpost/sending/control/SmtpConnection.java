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
public class SmtpConnection implements AutoCloseable {
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
      Session session, SmtpSettings smtp, String password, DkimKey dkim) throws MessagingException {
    DkimSigning signing = dkim == null ? null : new DkimSigning(dkim);
    Transport transport = session.getTransport(smtp.tls() == TlsMode.TLS ? "smtps" : "smtp");
    transport.connect(smtp.host(), smtp.port(), smtp.username(), password);
    return new SmtpConnection(transport, new MailComposer(session, smtp.from()), signing);
  }

  /**
   * Hands one message to the server and says how that went; {@code unsubscribe} is null for mail
   * that is not bulk.
   */
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

  /** 5xx is final, 4xx is worth another try, anything else is connection trouble. */
  static Outcome classify(MessagingException e, boolean stillConnected) {
    int code = replyCode(e);
    String detail = describe(e);
    if (code >= 500) {
      return Outcome.permanent(code, detail);
    }
    if (code >= 400) {
      return Outcome.temporary(code, detail, !stillConnected);
    }
    return Outcome.temporary(-1, detail, true);
  }

  static Outcome connectionFailure(MessagingException e) {
    return Outcome.temporary(-1, "cannot connect: " + describe(e), true);
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
