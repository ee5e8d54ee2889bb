package org.rohrpost.health.control;

import java.time.Duration;
import java.time.Instant;

/**
 * What the last probe found: whether the database and the broker answered, and when. A result older
 * than {@link #TRUSTED_FOR} says nothing any more (the probes are stuck or not running), so it
 * counts as down.
 */
public record ProbeResult(Instant at, boolean database, boolean broker) {
  public static final Duration TRUSTED_FOR = Duration.ofSeconds(10);

  public boolean isRecentAt(Instant now) {
    return !at.plus(TRUSTED_FOR).isBefore(now);
  }

  /** Both answered, and recently enough to believe it. */
  public boolean isUpAt(Instant now) {
    return isRecentAt(now) && database && broker;
  }
}
