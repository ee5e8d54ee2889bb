package org.rohrpost.ledger.control;

import java.time.Instant;
import java.util.function.Supplier;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.ledger.entity.MessageTransition;

/**
 * How the ledger records the end of an attempt that was on the wire: the message's transition and
 * what goes with it (when it was sent, the error, when to try again, whether it leaves its bundle,
 * whether its content is deleted), and the attempt's number for the log. A throttled attempt is
 * recorded by {@link Ledger#throttled}, an interrupted one found by {@link Ledger#interrupted}.
 */
record Finish(
    Tried tried,
    int attempt,
    Instant at,
    MessageTransition transition,
    String error,
    Instant nextAttemptAt,
    boolean deleteContent) {

  /** {@code retry}: asked only when the message is to be tried again. */
  static Finish of(Tried tried, Instant now, Supplier<RetryPolicy> retry) {
    Outcome outcome = tried.outcome();
    int attempt = tried.message().attempts() + 1;
    return switch (outcome.kind()) {
      case SENT ->
          new Finish(
              tried, attempt, now, MessageTransition.SEND, null, null, tried.deleteOnSuccess());
      case PERMANENT -> givenUp(tried, attempt, now);
      case TEMPORARY ->
          attempt >= tried.message().maxAttempts()
              ? givenUp(tried, attempt, now)
              : new Finish(
                  tried,
                  attempt,
                  now,
                  MessageTransition.RETRY_LATER,
                  Ledger.truncate(outcome.detail()),
                  retry.get().nextAttempt(now, attempt),
                  false);
      case THROTTLED ->
          throw new IllegalArgumentException("A throttled attempt needs the end of its pause");
      case INTERRUPTED ->
          throw new IllegalArgumentException("An interrupted attempt is found, not finished");
    };
  }

  private static Finish givenUp(Tried tried, int attempt, Instant now) {
    return new Finish(
        tried,
        attempt,
        now,
        MessageTransition.GIVE_UP,
        Ledger.truncate(tried.outcome().detail()),
        null,
        false);
  }

  long messageId() {
    return tried.message().id();
  }

  MessageStatus status() {
    return transition.to();
  }

  /** When the relay took the message; null when it did not. */
  Instant sentAt() {
    return transition == MessageTransition.SEND ? at : null;
  }

  /** Whether the message leaves its bundle (to be bundled again when it is due). */
  boolean leavesBundle() {
    return transition == MessageTransition.RETRY_LATER;
  }

  OutcomeRecorded recorded() {
    return new OutcomeRecorded(
        messageId(), tried.message().batchId(), attempt, tried.outcome(), at);
  }
}
