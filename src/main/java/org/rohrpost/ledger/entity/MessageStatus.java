package org.rohrpost.ledger.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where one message is: see DESIGN.md, "The ledger is the truth". */
public enum MessageStatus {
  /** Generated, not yet in a bundle. */
  PENDING,
  /** In a bundle on a send queue. */
  QUEUED,
  /** On the wire: handed to the SMTP server, its answer not yet recorded. */
  SENDING,
  SENT,
  /** The last attempt failed; tried again at {@code next_attempt_at}. */
  FAILED,
  /** Attempts exhausted or permanently refused. */
  DEAD,
  EXPIRED,
  SKIPPED,
  CANCELLED,
  /**
   * Was on the wire when its server stopped, and its client asked not to send such a message again:
   * it may or may not have arrived, an operator decides (resend, or leave it).
   */
  REVIEW;

  public static final Set<MessageStatus> FINAL =
      EnumSet.of(SENT, DEAD, EXPIRED, SKIPPED, CANCELLED, REVIEW);

  /** Statuses whose messages are still to be sent. */
  public static final Set<MessageStatus> OPEN = EnumSet.complementOf(EnumSet.copyOf(FINAL));

  public boolean isFinal() {
    return FINAL.contains(this);
  }
}
