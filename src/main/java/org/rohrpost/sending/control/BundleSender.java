package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.sending.control.SendingSteps.Sent;
import org.rohrpost.sending.control.SendingSteps.Step;

/**
 * Sends one bundle over one SMTP connection, recording each message's result before the next one
 * goes. A bundle signalled twice, or again after a crash, sends only what is not final.
 */
@ApplicationScoped
public class BundleSender {
  /** How soon a pause stops a bundle in hand. */
  static final long PAUSE_CHECK_NANOS = 250_000_000L;

  /** How long a signal waits for its bundle's row before the broker is asked to redeliver it. */
  static final long VISIBLE_WITHIN_MILLIS = 5_000;

  @Inject SendingSteps steps;
  @Inject MailSessions sessions;
  @Inject Event<MessageAttempted> attempted;

  public void send(long bundleId) {
    Optional<BundleWork> claimed = claimOnceVisible(bundleId);
    if (claimed.isEmpty()) {
      return;
    }
    BundleWork work = claimed.get();
    try {
      deliver(work);
    } finally {
      steps.release(work);
    }
  }

  /**
   * Claims the bundle, waiting up to {@link #VISIBLE_WITHIN_MILLIS} for its row when the signal
   * came first; after that the exception makes the broker deliver the signal again.
   */
  private Optional<BundleWork> claimOnceVisible(long bundleId) {
    long deadline = System.nanoTime() + VISIBLE_WITHIN_MILLIS * 1_000_000;
    while (true) {
      try {
        return steps.claim(bundleId);
      } catch (BundleNotVisibleException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        pause(50);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a bundle", e);
    }
  }

  /**
   * Sends the bundle's messages one by one; stops at once when the batch may not send any more, or
   * when the server asks to slow down (the rest waits out the message system's pause).
   */
  private void deliver(BundleWork work) {
    SmtpConnection connection = null;
    Outcome cannotConnect = null;
    Sent previous = null;
    BatchWatch watch =
        new BatchWatch(() -> steps.maySend(work), System::nanoTime, PAUSE_CHECK_NANOS);
    try {
      for (Message message : work.messages()) {
        Step step = steps.advance(previous, message, watch.maySend());
        previous = null;
        if (step == Step.STOP) {
          return;
        }
        if (step == Step.SKIP) {
          continue;
        }
        if (connection == null && cannotConnect == null) {
          try {
            connection =
                SmtpConnection.open(
                    sessions.of(work.smtp(), work.password() != null),
                    work.smtp(),
                    work.password(),
                    work.dkim());
          } catch (CannotConnectException e) {
            cannotConnect = e.outcome();
          }
        }
        Outcome outcome =
            cannotConnect != null
                ? cannotConnect
                : connection.send(message, work.unsubscribe().get(message.id()));
        attempted.fire(
            new MessageAttempted(
                work.client(),
                work.queueClass(),
                outcome,
                Duration.between(message.createdAt(), Instant.now())));
        if (outcome.kind() == Outcome.Kind.THROTTLED) {
          steps.throttled(work, new Sent(message, outcome));
          return;
        }
        previous = new Sent(message, outcome);
        if (outcome.connectionLost() && connection != null) {
          connection.close();
          connection = null;
        }
      }
      if (previous != null) {
        steps.finish(previous);
      }
    } finally {
      if (connection != null) {
        connection.close();
      }
    }
  }
}
