package org.rohrpost.sending.control;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Records what went over the wire even when the database is away for a while (a restart, a
 * failover): the relay's answer is known only to the worker that holds it, and lost it would leave
 * a sent message {@code SENDING}, to be sent again. A step that fails on the database is tried
 * again until it succeeds or the patience is spent; a step that fails for any other reason fails at
 * once.
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
        if (!isDatabaseFailure(e) || nanoTime.getAsLong() - deadline > 0) {
          throw e;
        }
        if (tries == 1) {
          LOG.warning("The database is away; a worker holds the result of a send until it is back");
        }
        pause();
      }
    }
  }

  /** Whether the failure came from the database: an SQL or persistence exception among causes. */
  static boolean isDatabaseFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException || t instanceof PersistenceException) {
        return true;
      }
    }
    return false;
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
