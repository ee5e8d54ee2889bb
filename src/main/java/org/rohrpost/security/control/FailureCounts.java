package org.rohrpost.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (a user name or an address): a key that has failed {@code limit} times,
 * with no pause of {@code window} between the failures, is refused until {@code window} after the
 * last one. Attempts still being checked count too, so that parallel guesses cannot pass the limit.
 * At most {@code capacity} keys are kept, the least recently used forgotten first.
 */
final class FailureCounts {
  static final Duration BUSY = Duration.ofSeconds(1);

  private final int limit;
  private final Duration window;
  private final Map<String, Count> counts;

  private static final class Count {
    int failures;
    int pending;
    Instant last = Instant.MIN;
  }

  FailureCounts(int limit, Duration window, int capacity) {
    this.limit = limit;
    this.window = window;
    this.counts = new LeastRecentlyUsed<>(capacity);
  }

  /**
   * Until when the key is refused, if it is; else, when {@code reserve}, the attempt counts as
   * pending until it {@link #succeeded succeeds} or {@link #failed fails}.
   */
  synchronized Optional<Instant> refusedUntil(String key, Instant now, boolean reserve) {
    Count count = current(key, now);
    if (count != null && count.failures >= limit) {
      return Optional.of(count.last.plus(window));
    }
    if (reserve) {
      if (count != null && count.failures + count.pending >= limit) {
        return Optional.of(now.plus(BUSY));
      }
      counts.computeIfAbsent(key, k -> new Count()).pending++;
    }
    return Optional.empty();
  }

  /** A success: forgets the key's failures when {@code reset}; ends a pending attempt. */
  synchronized void succeeded(String key, boolean reset, boolean reserved) {
    Count count = counts.get(key);
    if (count == null) {
      return;
    }
    if (reserved && count.pending > 0) {
      count.pending--;
    }
    if (reset) {
      count.failures = 0;
    }
    if (count.failures == 0 && count.pending == 0) {
      counts.remove(key);
    }
  }

  /** A failure; returns until when the key is refused when this failure reached the limit. */
  synchronized Optional<Instant> failed(String key, Instant now, boolean reserved) {
    Count count = current(key, now);
    if (count == null) {
      count = new Count();
      counts.put(key, count);
    }
    if (reserved && count.pending > 0) {
      count.pending--;
    }
    count.failures++;
    count.last = now;
    return count.failures == limit ? Optional.of(now.plus(window)) : Optional.empty();
  }

  synchronized int size() {
    return counts.size();
  }

  /** The key's count, its failures forgotten once a window has passed since the last one. */
  private Count current(String key, Instant now) {
    Count count = counts.get(key);
    if (count != null && count.failures > 0 && !now.isBefore(count.last.plus(window))) {
      count.failures = 0;
    }
    if (count != null && count.failures == 0 && count.pending == 0) {
      counts.remove(key);
      return null;
    }
    return count;
  }
}
