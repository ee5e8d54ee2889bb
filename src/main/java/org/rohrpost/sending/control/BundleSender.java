package org.rohrpost.sending.control;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.sending.control.SendingSteps.Sent;
import org.rohrpost.sending.control.SendingSteps.Step;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.server.control.Stopping;
import org.rohrpost.tracing.control.Traces;

/**
 * What a send worker does when a signal wakes it: takes the next bundle of its class (clients in
 * turn), sends it over one connection of its message system's channel, recording each message's
 * result before the next one goes, and goes on with the next bundle until none is left that it may
 * take. A signal only wakes a worker: which bundle it sends is the database's choice, so a client's
 * ten messages queued behind another's million go next. When the server stops, a worker finishes
 * the message in hand, gives its bundle back and takes the signal as done: the bundle is free, a
 * restart signals every free bundle, and another server's sweeper signals it again (see {@link
 * Bundler#resignalLost}). Giving the signal back to the broker instead (by failing) filled the log
 * with stack traces at every stop and sent the signals of a busy stop to the dead-letter queue.
 */
@ApplicationScoped
public class BundleSender {
  private static final Logger LOG = Logger.getLogger(BundleSender.class.getName());

  /** How soon a pause stops a bundle in hand. */
  static final long PAUSE_CHECK_NANOS = 250_000_000L;

  /** How long a signal waits for its bundle's row before the broker is asked to redeliver it. */
  static final long VISIBLE_WITHIN_MILLIS = 5_000;

  /** A worker waiting longer than this (for a slot, or yielding) lets its connection go. */
  static final Duration IDLE_CONNECTION = Duration.ofSeconds(10);

  /** How often a waiting worker looks again (a yield ending, a pause). */
  static final long WAIT_STEP_MILLIS = 100;

  /** How long a worker holding the result of a send waits for the database to record it. */
  static final Duration DATABASE_PATIENCE = Duration.ofMinutes(2);

  private final UntilRecorded untilRecorded =
      new UntilRecorded(DATABASE_PATIENCE, 500, System::nanoTime);

  @Inject SendingSteps steps;
  @Inject Pacing pacing;
  @Inject Yielding yielding;
  @Inject Event<MessageAttempted> attempted;
  @Inject ServerSettings settings;
  @Inject Traces traces;

  /**
   * Serves the class after a signal for {@code signalledBundle}: first makes sure that bundle is
   * visible (else the exception makes the broker deliver the signal again), so that the worker does
   * not stop before the bundle that woke it can be taken.
   */
  public void serve(QueueClass queueClass, long signalledBundle) {
    Stopping.workStarted();
    try {
      serveSignalled(queueClass, signalledBundle);
    } finally {
      Stopping.workEnded();
    }
  }

  private void serveSignalled(QueueClass queueClass, long signalledBundle) {
    if (Stopping.isUnderway()) {
      return; // before any use of the database, which the container is closing
    }
    awaitVisible(signalledBundle);
    while (true) {
      awaitTurn(queueClass);
      if (Stopping.isUnderway()) {
        return;
      }
      Optional<BundleWork> claimed = steps.claimNext(queueClass);
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
  }

  private void awaitVisible(long bundleId) {
    long deadline = System.nanoTime() + VISIBLE_WITHIN_MILLIS * 1_000_000;
    while (!steps.isVisible(bundleId)) {
      if (System.nanoTime() > deadline) {
        throw new BundleNotVisibleException(bundleId);
      }
      sleep(50);
    }
  }

  /** A BULK worker waits while NORMAL mail waits, before it takes a bundle. */
  private void awaitTurn(QueueClass queueClass) {
    while (yielding.mustYield(queueClass) && !Stopping.isUnderway()) {
      sleep(WAIT_STEP_MILLIS);
    }
  }

  /** Sends the bundle in a span of its trace (ADR 31). */
  private void deliver(BundleWork work) {
    traces.inSpan(
        "rohrpost send",
        work.traceContext(),
        span -> {
          span.setAttribute(Traces.BUNDLE, work.bundleId())
              .setAttribute(Traces.BATCH, work.batchId())
              .setAttribute(Traces.CLIENT, work.client())
              .setAttribute(Traces.QUEUE_CLASS, work.queueClass().name());
          sendMessagesOf(work);
          return null;
        });
  }

  /**
   * Sends the bundle's messages one by one; stops at once when the batch may not send any more,
   * when the server asks to slow down (the rest waits out the message system's pause), or when the
   * bundle is no longer this server's.
   */
  private void sendMessagesOf(BundleWork work) {
    Lease lease = new Lease(Instant.now(), settings.lease());
    BatchWatch watch =
        new BatchWatch(() -> steps.maySend(work), System::nanoTime, PAUSE_CHECK_NANOS);
    Sent previous = null;
    try (Wire wire = new Wire(work.endpoint(), traces)) {
      for (Message message : work.messages()) {
        try {
          if (Stopping.isUnderway()) {
            previous = record(previous);
            return;
          }
          Instant slot = work.rates().isEmpty() ? null : pacing.nextSlot(work.rates());
          if (mustWait(work, slot) || lease.isDue(Instant.now())) {
            previous = record(previous);
            if (!waitForTurn(work, slot, watch, wire, lease)) {
              return;
            }
          }
          Step step = steps.advance(previous, message, watch.maySend());
          previous = null;
          if (step == Step.STOP) {
            return;
          }
          if (step == Step.SKIP) {
            continue;
          }
          Outcome outcome = wire.send(message, work.unsubscribe().get(message.id()));
          report(work, message, outcome);
          if (outcome.kind() == Outcome.Kind.THROTTLED) {
            steps.throttled(work, new Sent(message, outcome, work.deleteOnSuccess()));
            return;
          }
          previous = new Sent(message, outcome, work.deleteOnSuccess());
        } catch (RuntimeException e) {
          record(previous); // the relay's answer is known only here: kept before the bundle fails
          throw e;
        }
      }
      record(previous);
    }
  }

  /**
   * Tells the metrics and the bundle's span how an attempt went. Nothing may fail between the
   * relay's answer and its record: a failure there would leave a sent message SENDING, to be sent
   * again.
   */
  private void report(BundleWork work, Message message, Outcome outcome) {
    try {
      Span span = Span.current();
      if (span.isRecording()) { // not a no-op: the attributes are made for a traced bundle only
        span.addEvent(
            "rohrpost message",
            Attributes.of(
                Traces.MESSAGE,
                message.id(),
                Traces.OUTCOME,
                outcome.kind().name(),
                Traces.REPLY_CODE,
                (long) outcome.replyCode()));
      }
      attempted.fire(
          new MessageAttempted(
              work.client(),
              work.queueClass(),
              outcome,
              Duration.between(message.createdAt(), Instant.now())));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Counting an attempt of message " + message.id() + " failed", e);
    }
  }

  /**
   * Records how the previous message went, waiting for the database if it is away (at most {@link
   * #DATABASE_PATIENCE}): the message was on the wire, and without its record it would go again.
   */
  private Sent record(Sent previous) {
    if (previous != null) {
      untilRecorded.record(
          () -> {
            steps.finish(previous);
            return null;
          });
    }
    return null;
  }

  private boolean mustWait(BundleWork work, Instant slot) {
    return yielding.mustYield(work.queueClass())
        || (slot != null && slot.isAfter(Instant.now().plusMillis(1)));
  }

  /**
   * Waits for the slot (if any) and while the class yields, keeping the lease and letting the
   * connection go when the wait is long. False when the batch may not send any more, or the bundle
   * is no longer this server's.
   */
  private boolean waitForTurn(
      BundleWork work, Instant slot, BatchWatch watch, Wire wire, Lease lease) {
    Instant since = Instant.now();
    while (true) {
      Instant now = Instant.now();
      if (lease.isDue(now)) {
        if (!steps.renew(work)) {
          return false;
        }
        lease.renewed(now);
      }
      boolean yield = yielding.mustYield(work.queueClass());
      boolean early = slot != null && slot.isAfter(now);
      if (!yield && !early) {
        return true;
      }
      if (!watch.maySend() || Stopping.isUnderway()) {
        return false;
      }
      if (Duration.between(since, now).compareTo(IDLE_CONNECTION) > 0
          || (early && Duration.between(now, slot).compareTo(IDLE_CONNECTION) > 0)) {
        wire.close();
      }
      long millis =
          early && !yield
              ? Math.min(WAIT_STEP_MILLIS, Math.max(1, Duration.between(now, slot).toMillis()))
              : WAIT_STEP_MILLIS;
      sleep(millis);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to send", e);
    }
  }
}
