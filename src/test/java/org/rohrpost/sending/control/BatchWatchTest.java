package org.rohrpost.sending.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BatchWatchTest {
  private final AtomicLong now = new AtomicLong();
  private final AtomicBoolean sendable = new AtomicBoolean(true);
  private final AtomicInteger asked = new AtomicInteger();
  private final BatchWatch watch =
      new BatchWatch(
          () -> {
            asked.incrementAndGet();
            return sendable.get();
          },
          now::get,
          100);

  @Test
  void trustsTheClaimForAnIntervalAndThenAsksAtMostOncePerInterval() {
    assertThat(watch.maySend()).isTrue();
    now.set(99);
    assertThat(watch.maySend()).isTrue();
    assertThat(asked).hasValue(0);
    now.set(100);
    watch.maySend();
    now.set(199);
    watch.maySend();
    assertThat(asked).hasValue(1);
    now.set(200);
    watch.maySend();
    assertThat(asked).hasValue(2);
  }

  @Test
  void seesAPauseOnceTheIntervalHasPassed() {
    sendable.set(false);
    now.set(50);
    assertThat(watch.maySend()).isTrue();
    now.set(150);
    assertThat(watch.maySend()).isFalse();
  }
}
