package org.rohrpost.sending.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PaceTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void anIdleRateSendsAtOnceAndSpacesTheNextOnesOneIntervalApart() {
    Pace pace = new Pace("system:1");

    assertThat(pace.take(T0, 10)).isEqualTo(T0);
    assertThat(pace.take(T0, 10)).isEqualTo(T0.plusMillis(100));
    assertThat(pace.take(T0.plusMillis(50), 10)).isEqualTo(T0.plusMillis(200));
  }

  @Test
  void timeSpentIdleIsNotSavedUpForABurst() {
    Pace pace = new Pace("class:TRICKLE");
    pace.take(T0, 2);

    assertThat(pace.take(T0.plusSeconds(60), 2)).isEqualTo(T0.plusSeconds(60));
    assertThat(pace.take(T0.plusSeconds(60), 2)).isEqualTo(T0.plusSeconds(60).plusMillis(500));
  }

  @Test
  void noTenSecondWindowHoldsMoreSlotsThanTheRateAllows() {
    for (double rate : new double[] {0.5, 1, 7, 25, 333}) {
      Pace pace = new Pace("system:2");
      Random random = new Random(42);
      List<Instant> slots = new ArrayList<>();
      Instant asked = T0;
      for (int i = 0; i < 2_000; i++) {
        asked = asked.plusNanos((long) (random.nextDouble() * 2e9 / rate));
        slots.add(pace.take(asked, rate));
      }
      long allowed = (long) Math.ceil(rate * 10);
      for (int i = 0; i < slots.size(); i++) {
        Instant windowEnd = slots.get(i).plus(Duration.ofSeconds(10));
        long inWindow = slots.stream().skip(i).takeWhile(s -> s.isBefore(windowEnd)).count();
        assertThat(inWindow).as("slots in 10 s at %s/s", rate).isLessThanOrEqualTo(allowed);
      }
    }
  }

  @Test
  void aRateMustBeAboveZero() {
    Pace pace = new Pace("system:3");
    for (double rate : new double[] {0, -1, Double.NaN}) {
      assertThatThrownBy(() -> pace.take(T0, rate)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void paceKeysNameTheirRate() {
    assertThat(Pace.ofMessageSystem(7)).isEqualTo("system:7");
    assertThat(Pace.ofClass(org.rohrpost.client.entity.QueueClass.TRICKLE))
        .isEqualTo("class:TRICKLE");
  }
}
