package org.rohrpost.ledger.control;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** When a failed message is tried again: exponential backoff with jitter, up to a cap. */
public class RetryPolicy {
  private final Duration base;
  private final Duration cap;
  private final RandomGenerator random;

  public RetryPolicy(Duration base, Duration cap, RandomGenerator random) {
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  /**
   * The time of the next attempt after {@code attempts} failed ones: base × 2^(attempts−1), capped,
   * then scaled by a random factor in [0.5, 1) so that retries spread out.
   */
  public Instant nextAttempt(Instant now, int attempts) {
    int exponent = Math.min(Math.max(attempts - 1, 0), 62);
    long capMillis = cap.toMillis();
    long millis =
        base.toMillis() > (capMillis >> exponent) ? capMillis : base.toMillis() << exponent;
    double jitter = 0.5 + random.nextDouble() / 2;
    return now.plusMillis((long) (millis * jitter));
  }
}
