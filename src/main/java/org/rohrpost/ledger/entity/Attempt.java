package org.rohrpost.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt to hand a message to its server, as the log keeps it: the outcome, the reply code and
 * enhanced status (none for a connection failure) and the reply's or failure's text.
 */
@Entity
@Table(name = "attempt")
public class Attempt {
  static final int MAX_REPLY = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
  @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
  private Long id;

  @Column(name = "message_id", nullable = false)
  private long messageId;

  @Column(name = "attempt_number", nullable = false)
  private int number;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(nullable = false)
  private String outcome;

  @Column(name = "reply_code")
  private Integer replyCode;

  @Column(name = "enhanced_status")
  private String enhancedStatus;

  private String reply;

  @Column(nullable = false)
  private String instance;

  protected Attempt() {}

  public Attempt(
      long messageId,
      int number,
      Instant attemptedAt,
      String outcome,
      int replyCode,
      String enhancedStatus,
      String reply,
      String instance) {
    this.messageId = messageId;
    this.number = number;
    this.attemptedAt = attemptedAt;
    this.outcome = outcome;
    this.replyCode = replyCode < 0 ? null : replyCode;
    this.enhancedStatus = enhancedStatus;
    this.reply =
        reply == null || reply.length() <= MAX_REPLY ? reply : reply.substring(0, MAX_REPLY);
    this.instance = instance;
  }

  public int number() {
    return number;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public String outcome() {
    return outcome;
  }

  public Integer replyCode() {
    return replyCode;
  }

  public String enhancedStatus() {
    return enhancedStatus;
  }

  public String reply() {
    return reply;
  }

  public String instance() {
    return instance;
  }
}
