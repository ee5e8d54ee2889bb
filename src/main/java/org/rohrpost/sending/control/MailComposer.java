package org.rohrpost.sending.control;

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

/**
 * Builds the MIME message for a ledger row: its stable Message-ID, the Rohrpost headers, the
 * unsubscribe headers of bulk mail, and a multipart/alternative body when it has both a text and an
 * HTML part.
 */
public class MailComposer {
  public static final String BATCH_HEADER = "X-Rohrpost-Batch";
  public static final String MESSAGE_HEADER = "X-Rohrpost-Message";
  public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
  public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

  /** RFC 8058: the link unsubscribes with one POST of this body, no page in between. */
  public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final Session session;
  private final InternetAddress from;

  public MailComposer(Session session, String from) {
    this.session = session;
    this.from = sender(from);
  }

  /** The sender; a display name goes out RFC 2047 encoded in UTF-8, as the recipient's does. */
  private static InternetAddress sender(String from) {
    try {
      InternetAddress parsed = new InternetAddress(from, true);
      return parsed.getPersonal() == null
          ? parsed
          : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException("Invalid sender address " + from, e);
    }
  }

  /** The message; with the unsubscribe headers when {@code unsubscribe} is not null. */
  public MimeMessage compose(Message message, ListUnsubscribe unsubscribe)
      throws MessagingException {
    MimeMessage mime = new StableIdMimeMessage(session, message.messageId());
    mime.setFrom(from);
    mime.setRecipient(jakarta.mail.Message.RecipientType.TO, recipient(message));
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

  private static InternetAddress recipient(Message message) throws MessagingException {
    try {
      return new InternetAddress(message.recipient(), message.recipientName(), UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("Cannot encode the recipient name", e);
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
