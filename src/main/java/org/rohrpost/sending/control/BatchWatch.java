package org.rohrpost.sending.control;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether a worker may go on sending a batch (not paused, its message system not throttled), asked
 * of the database at most once per interval: a pause or a throttle stops a bundle in hand within
 * that interval, without a query per message. It starts from what the claim of the bundle found
 * (the batch sendable, its system not throttled), so a bundle's first look is an interval later.
 */
final class BatchWatch {
  private final BooleanSupplier batchMaySend;
  private final LongSupplier nanoTime;
  private final long intervalNanos;
  private long checkedAt;
  private boolean maySend = true;

  /** For a bundle just claimed: its batch may send now. */
  BatchWatch(BooleanSupplier batchMaySend, LongSupplier nanoTime, long intervalNanos) {
    this.batchMaySend = batchMaySend;
    this.nanoTime = nanoTime;
    this.intervalNanos = intervalNanos;
    this.checkedAt = nanoTime.getAsLong();
  }

  boolean maySend() {
    long now = nanoTime.getAsLong();
    if (now - checkedAt >= intervalNanos) {
      maySend = batchMaySend.getAsBoolean();
      checkedAt = now;
    }
    return maySend;
  }
}
