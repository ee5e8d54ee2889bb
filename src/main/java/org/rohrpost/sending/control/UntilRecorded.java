package org.rohrpost.sending.control;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Records what went over the wire even when the database is away for a while (a restart, a
 * failover): the relay's answer is known only to the worker that holds it, and lost it would leave
 * a sent message {@code SENDING}, to be sent again. A step that fails is tried again until it
 * succeeds or the patience is spent, whatever the failure: the connection pool and the transaction
 * manager report a database that is going or coming back in forms that name no SQL error (an XA
 * start that failed on a stale connection), and a result given up on is a message sent twice.
 */
final class UntilRecorded {
  private static final Logger LOG = Logger.getLogger(UntilRecorded.class.getName());

  private final Duration patience;
  private final long pauseMillis;
  private final LongSupplier nanoTime;

  UntilRecorded(Duration patience, long pauseMillis, LongSupplier nanoTime) {
    this.patience = patience;
    this.pauseMillis = pauseMillis;
    this.nanoTime = nanoTime;
  }

  <T> T record(Supplier<T> step) {
    long deadline = nanoTime.getAsLong() + patience.toNanos();
    for (int tries = 1; ; tries++) {
      try {
        return step.get();
      } catch (RuntimeException e) {
        if (nanoTime.getAsLong() - deadline > 0) {
          throw e;
        }
        if (tries == 1) {
          LOG.warning(
              "Recording the result of a send failed ("
                  + e
                  + "); the worker holds it and tries again until the database takes it");
        }
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(pauseMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the database", e);
    }
  }
}
