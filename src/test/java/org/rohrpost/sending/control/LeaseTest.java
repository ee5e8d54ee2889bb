package org.rohrpost.sending.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaseTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final Duration LENGTH = Duration.ofMinutes(5);

  @Test
  void aLeaseIsRenewedHalfwayThroughAndAgainHalfwayThroughTheRenewal() {
    Lease lease = new Lease(T0, LENGTH);
    Instant halfway = T0.plus(LENGTH.dividedBy(2));

    assertThat(lease.isDue(halfway.minusMillis(1))).isFalse();
    assertThat(lease.isDue(halfway)).isTrue();

    lease.renewed(halfway);
    assertThat(lease.isDue(halfway.plusSeconds(1))).isFalse();
    assertThat(lease.isDue(halfway.plus(LENGTH.dividedBy(2)))).isTrue();
  }
}
