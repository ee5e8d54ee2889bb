package org.rohrpost.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.rohrpost.problem.control.ConflictException;

/**
 * One rendered message to one recipient: a row of the ledger. Its status is the truth about that
 * recipient; JMS messages and timers only signal that there is work.
 */
@Entity
@Table(name = "message")
public class Message {
  /** How often a message is tried unless its request says otherwise. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
  @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 500)
  private Long id;

  @Column(name = "batch_id", nullable = false)
  private long batchId;

  @Column(name = "bundle_id")
  private Long bundleId;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "recipient_name")
  private String recipientName;

  @Column(nullable = false)
  private String subject;

  @Column(name = "html_body")
  private String html;

  @Column(name = "text_body")
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MessageStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "max_attempts", nullable = false)
  private int maxAttempts;

  @Column(name = "not_before")
  private Instant notBefore;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "message_id", nullable = false, unique = true)
  private String messageId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "resend_of")
  private Long resendOf;

  protected Message() {}

  public Message(long batchId, Recipient recipient, Rendered rendered, Delivery delivery) {
    this.batchId = batchId;
    this.recipient = recipient.email();
    this.recipientName = recipient.name();
    this.subject = rendered.subject();
    this.html = rendered.html();
    this.text = rendered.text();
    this.status = MessageStatus.PENDING;
    this.maxAttempts = delivery.maxAttempts();
    this.notBefore = delivery.notBefore();
    this.expiresAt = delivery.expiresAt();
    this.messageId = newMessageId(delivery.messageIdDomain());
    this.createdAt = Instant.now();
  }

  /** A fresh {@code Message-ID} header value: unique, and kept for every retry of the message. */
  public static String newMessageId(String domain) {
    return "<" + UUID.randomUUID() + "@" + domain + ">";
  }

  /**
   * A new message in {@code batchId} that sends this one again, to the given recipient with the
   * given parts (this one's, or corrected ones): a fresh Message-ID and attempts, no time limits.
   */
  public Message resend(long batchId, Recipient to, Rendered parts, String messageIdDomain) {
    if (!maySendAgain()) {
      throw new ConflictException(
          "Message "
              + id
              + " is "
              + status
              + "; only a sent, dead, expired or cancelled one can be sent again.");
    }
    if (subject == null && html == null && text == null) {
      throw new ConflictException(
          "Message "
              + id
              + " cannot be sent again: its content was deleted when it was sent (its client's"
              + " deleteOnSuccess).");
    }
    Message copy =
        new Message(batchId, to, parts, new Delivery(maxAttempts, null, null, messageIdDomain));
    copy.resendOf = id;
    return copy;
  }

  /** Whether an operator may send this message again: it ended, and was not skipped. */
  public boolean maySendAgain() {
    return status.isFinal() && status != MessageStatus.SKIPPED;
  }

  /** A recipient that is not sent to (suppressed, invalid): kept in the ledger, counted. */
  public void skip(String reason) {
    if (!MessageTransition.SKIP.startsFrom(status) || id != null) {
      throw new IllegalStateException("Only a new message can be skipped");
    }
    status = MessageTransition.SKIP.to();
    lastError = reason;
  }

  /** Who a message goes to. */
  public record Recipient(String email, String name) {}

  /** The rendered parts of a message. */
  public record Rendered(String subject, String html, String text) {}

  /** When and how often a message may be tried. */
  public record Delivery(
      int maxAttempts, Instant notBefore, Instant expiresAt, String messageIdDomain) {}

  public Long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The message this one sends again, or null. */
  public Long resendOf() {
    return resendOf;
  }

  public long batchId() {
    return batchId;
  }

  public Long bundleId() {
    return bundleId;
  }

  public String recipient() {
    return recipient;
  }

  public String recipientName() {
    return recipientName;
  }

  public String subject() {
    return subject;
  }

  public String html() {
    return html;
  }

  public String text() {
    return text;
  }

  public MessageStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Instant notBefore() {
    return notBefore;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String messageId() {
    return messageId;
  }
}
