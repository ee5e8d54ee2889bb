package org.rohrpost.messagesystem.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageSystemThrottleTest {
  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final Duration PAUSE = Duration.ofSeconds(60);

  private final MessageSystem system =
      new MessageSystem(
          null,
          "relay",
          new SmtpSettings("smtp.example.com", 25, TlsMode.NONE, null, "a@example.com", null),
          null);

  @Test
  void aNewSystemIsNotThrottled() {
    assertThat(system.throttledUntil()).isNull();
    assertThat(system.isThrottledAt(NOW)).isFalse();
  }

  @Test
  void aThrottledSystemPausesForThePauseAndNotLonger() {
    Instant until = system.throttle(NOW, PAUSE);

    assertThat(until).isEqualTo(NOW.plus(PAUSE));
    assertThat(system.throttledUntil()).isEqualTo(until);
    assertThat(system.isThrottledAt(NOW)).isTrue();
    assertThat(system.isThrottledAt(until.minusMillis(1))).isTrue();
    assertThat(system.isThrottledAt(until)).isFalse();
    assertThat(system.isThrottledAt(until.plusSeconds(1))).isFalse();
  }

  @Test
  void aLaterRequestToSlowDownExtendsThePause() {
    system.throttle(NOW, PAUSE);

    Instant later = NOW.plusSeconds(30);
    assertThat(system.throttle(later, PAUSE)).isEqualTo(later.plus(PAUSE));
    assertThat(system.isThrottledAt(NOW.plus(PAUSE))).isTrue();
  }

  @Test
  void aShorterPauseDoesNotCutALongerOneShort() {
    system.throttle(NOW, Duration.ofMinutes(10));

    assertThat(system.throttle(NOW.plusSeconds(1), PAUSE)).isEqualTo(NOW.plusSeconds(600));
    assertThat(system.isThrottledAt(NOW.plusSeconds(599))).isTrue();
  }

  @Test
  void aSystemThrottledLongAgoMayGoAgainAndCanBeThrottledAnew() {
    system.throttle(NOW, PAUSE);
    Instant muchLater = NOW.plus(Duration.ofHours(1));
    assertThat(system.isThrottledAt(muchLater)).isFalse();

    assertThat(system.throttle(muchLater, PAUSE)).isEqualTo(muchLater.plus(PAUSE));
    assertThat(system.isThrottledAt(muchLater)).isTrue();
  }

  @Test
  void aZeroPauseThrottlesNothingAndANegativeOneIsRefused() {
    system.throttle(NOW, Duration.ZERO);
    assertThat(system.isThrottledAt(NOW)).isFalse();

    assertThatThrownBy(() -> system.throttle(NOW, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
