package org.rohrpost.smtp.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.Mailbox;

/**
 * Builds the MIME message for a ledger row: its stable Message-ID, the Rohrpost headers, the
 * unsubscribe headers of bulk mail, and a multipart/alternative body when it has both a text and an
 * HTML part. Addresses go out in their wire form (domains in ASCII) and names RFC 2047 encoded; a
 * message with a non-ASCII local part is composed for SMTPUTF8 (ADR 24).
 */
public class MailComposer {
  public static final String BATCH_HEADER = "X-Rohrpost-Batch";
  public static final String MESSAGE_HEADER = "X-Rohrpost-Message";
  public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
  public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

  /** RFC 8058: the link unsubscribes with one POST of this body, no page in between. */
  public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final SmtpSessions sessions;
  private final boolean senderNeedsSmtpUtf8;
  private final InternetAddress from;

  /**
   * {@code from}: the message system's sender, perhaps with a display name; read once for every
   * message of the connection.
   */
  public MailComposer(SmtpSessions sessions, String from) {
    this.sessions = sessions;
    try {
      Mailbox sender = Mailbox.parse(from);
      this.senderNeedsSmtpUtf8 = EmailAddresses.needsSmtpUtf8(sender.address());
      this.from = address(sender.wireAddress(), sender.name());
    } catch (IllegalArgumentException | MessagingException e) {
      throw new IllegalArgumentException(
          "Invalid sender address " + from + ": " + e.getMessage(), e);
    }
  }

  /** Whether the message can only go under SMTPUTF8: its sender or recipient needs it. */
  public boolean needsSmtpUtf8(Message message) {
    return senderNeedsSmtpUtf8 || EmailAddresses.needsSmtpUtf8(message.recipient());
  }

  /** The message; with the unsubscribe headers when {@code unsubscribe} is not null. */
  public MimeMessage compose(Message message, ListUnsubscribe unsubscribe)
      throws MessagingException {
    String problem = EmailAddresses.problem(message.recipient());
    if (problem != null) {
      throw new UnsendableException("the recipient's address " + problem);
    }
    Session session = needsSmtpUtf8(message) ? sessions.utf8() : sessions.ascii();
    MimeMessage mime = new StableIdMimeMessage(session, message.messageId());
    mime.setFrom(from);
    mime.setRecipient(
        jakarta.mail.Message.RecipientType.TO,
        address(EmailAddresses.wireForm(message.recipient()), message.recipientName()));
    mime.setSubject(message.subject(), UTF_8);
    mime.setHeader(BATCH_HEADER, Long.toString(message.batchId()));
    mime.setHeader(MESSAGE_HEADER, Long.toString(message.id()));
    if (unsubscribe != null) {
      mime.setHeader(LIST_UNSUBSCRIBE, unsubscribe.header());
      mime.setHeader(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
    }
    if (message.html() != null && message.text() != null) {
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(part(message.text(), "plain"));
      alternative.addBodyPart(part(message.html(), "html"));
      mime.setContent(alternative);
    } else if (message.html() != null) {
      mime.setText(message.html(), UTF_8, "html");
    } else {
      mime.setText(message.text(), UTF_8, "plain");
    }
    mime.saveChanges();
    return mime;
  }

  private static InternetAddress address(String address, String name) throws MessagingException {
    try {
      return new InternetAddress(address, name, UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("Cannot encode the name " + name, e);
    }
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content, UTF_8, subtype);
    return part;
  }

  /** Keeps the Message-ID of the ledger row instead of making a new one on every save. */
  private static final class StableIdMimeMessage extends MimeMessage {
    private final String messageId;

    StableIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
