package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration BASE = Duration.ofSeconds(30);
  private static final Duration CAP = Duration.ofHours(1);

  private final RetryPolicy policy = new RetryPolicy(BASE, CAP, new Random(42));

  @Test
  void delaysStayWithinHalfToFullOfTheExponentialDelay() {
    for (int attempts = 1; attempts <= 7; attempts++) {
      long full = BASE.toMillis() << (attempts - 1);
      for (int i = 0; i < 50; i++) {
        assertThat(delay(policy, attempts)).isBetween(full / 2, full - 1);
      }
    }
  }

  @Test
  void delaysGrowWithEveryAttempt() {
    long previous = 0;
    for (int attempts = 1; attempts <= 7; attempts++) {
      long delay = delay(policy, attempts);
      assertThat(delay).isGreaterThan(previous);
      previous = delay;
    }
  }

  @Test
  void noAttemptsYetCountsAsTheFirst() {
    assertThat(delay(policy, 0)).isBetween(BASE.toMillis() / 2, BASE.toMillis() - 1);
  }

  @Test
  void delaysAreCapped() {
    for (int attempts : new int[] {8, 20, 31, 32, 64, 1000, Integer.MAX_VALUE}) {
      assertThat(delay(policy, attempts)).isBetween(CAP.toMillis() / 2, CAP.toMillis() - 1);
    }
  }

  @Test
  void aHugeBaseDoesNotOverflowPastTheCap() {
    // 2^34 + 1 ms (about 199 days): shifted left by 30 it no longer fits in a long
    Duration base = Duration.ofMillis((1L << 34) + 1);
    Duration cap = Duration.ofDays(1000);
    RetryPolicy huge = new RetryPolicy(base, cap, new Random(7));
    assertThat(delay(huge, 1000)).isBetween(cap.toMillis() / 2, cap.toMillis() - 1);
  }

  @Test
  void theSameSeedGivesTheSameDelays() {
    RetryPolicy a = new RetryPolicy(BASE, CAP, new Random(1));
    RetryPolicy b = new RetryPolicy(BASE, CAP, new Random(1));
    for (int attempts = 1; attempts <= 10; attempts++) {
      assertThat(delay(a, attempts)).isEqualTo(delay(b, attempts));
    }
  }

  private static long delay(RetryPolicy policy, int attempts) {
    return Duration.between(NOW, policy.nextAttempt(NOW, attempts)).toMillis();
  }
}
