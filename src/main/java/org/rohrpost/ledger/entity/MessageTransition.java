package org.rohrpost.ledger.entity;

import static org.rohrpost.ledger.entity.MessageStatus.CANCELLED;
import static org.rohrpost.ledger.entity.MessageStatus.DEAD;
import static org.rohrpost.ledger.entity.MessageStatus.EXPIRED;
import static org.rohrpost.ledger.entity.MessageStatus.FAILED;
import static org.rohrpost.ledger.entity.MessageStatus.PENDING;
import static org.rohrpost.ledger.entity.MessageStatus.QUEUED;
import static org.rohrpost.ledger.entity.MessageStatus.REVIEW;
import static org.rohrpost.ledger.entity.MessageStatus.SENDING;
import static org.rohrpost.ledger.entity.MessageStatus.SENT;
import static org.rohrpost.ledger.entity.MessageStatus.SKIPPED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every way a message's status may change, and the statuses it may come from: the message's life in
 * one table. The ledger's updates are guarded by it ({@code … where m.status in :from}), so that a
 * late or repeated signal can never move a message backwards.
 */
public enum MessageTransition {
  /** Into a bundle on a send queue: generated, or due again after a failed attempt. */
  QUEUE(QUEUED, PENDING, FAILED),
  /** On the wire: one more attempt (again for one a stopped server left on the wire). */
  START_ATTEMPT(SENDING, QUEUED, SENDING),
  /** The relay took it. */
  SEND(SENT, SENDING),
  /** The attempt failed for now, or the relay asked to slow down: tried again later. */
  RETRY_LATER(FAILED, SENDING),
  /** Refused for good, or out of attempts. */
  GIVE_UP(DEAD, SENDING),
  /** On the wire when its server stopped, and its client has an operator decide. */
  HOLD_FOR_REVIEW(REVIEW, SENDING),
  /** Its time ran out in its bundle, before it could go on the wire. */
  EXPIRE_IN_BUNDLE(EXPIRED, QUEUED, SENDING),
  /** Its time ran out while it waited to be bundled. */
  EXPIRE_WAITING(EXPIRED, PENDING, FAILED),
  /** Out of its bundle until it may go (its earliest send time lies ahead). */
  POSTPONE(PENDING, QUEUED),
  /** Out of its bundle, to be bundled again (its message system paused). */
  UNBUNDLE(PENDING, QUEUED, SENDING),
  /** Its batch was cancelled before it was sent. */
  CANCEL(CANCELLED, PENDING, QUEUED, SENDING, FAILED),
  /** Generated, but never to be sent (an invalid or suppressed recipient). */
  SKIP(SKIPPED, PENDING);

  private final MessageStatus to;
  private final Set<MessageStatus> from;

  MessageTransition(MessageStatus to, MessageStatus... from) {
    this.to = to;
    this.from = EnumSet.copyOf(Arrays.asList(from));
  }

  public MessageStatus to() {
    return to;
  }

  public Set<MessageStatus> from() {
    return from;
  }

  public boolean startsFrom(MessageStatus status) {
    return from.contains(status);
  }
}
