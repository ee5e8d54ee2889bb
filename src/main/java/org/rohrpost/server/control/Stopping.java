package org.rohrpost.server.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this server is stopping (SIGTERM, or the application being undeployed): send workers
 * finish the message in hand, give their bundle back and take no more, and readiness says DOWN.
 * Held outside any bean, since a JVM shutdown hook sets it while the container shuts down.
 */
public final class Stopping {
  private static final AtomicBoolean STOPPING = new AtomicBoolean();
  private static final AtomicInteger WORKING = new AtomicInteger();

  private Stopping() {}

  public static void begin() {
    STOPPING.set(true);
  }

  public static boolean isUnderway() {
    return STOPPING.get();
  }

  /** A worker starts on a signal: the stop waits for it (see {@link #awaitIdle}). */
  public static void workStarted() {
    WORKING.incrementAndGet();
  }

  /** A worker is done with its signal, its last result committed and its bundle given back. */
  public static void workEnded() {
    WORKING.decrementAndGet();
  }

  /**
   * Waits until no worker is busy, at most {@code timeout}: a JVM ends when its shutdown hooks
   * have, whatever its other threads are doing, so the stop's hook waits for the workers.
   */
  public static boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (WORKING.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return WORKING.get() == 0;
  }

  /** A new deployment in the same JVM starts afresh. */
  public static void reset() {
    STOPPING.set(false);
  }
}
