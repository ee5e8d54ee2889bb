package org.rohrpost.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProbeResultTest {
  private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

  @Test
  void upWhileRecentAndBothAnswered() {
    ProbeResult result = new ProbeResult(AT, true, true);
    assertThat(result.isUpAt(AT)).isTrue();
    assertThat(result.isUpAt(AT.plus(ProbeResult.TRUSTED_FOR))).isTrue();
  }

  @Test
  void anOldResultIsDownWhateverItFound() {
    ProbeResult result = new ProbeResult(AT, true, true);
    Instant later = AT.plus(ProbeResult.TRUSTED_FOR).plusMillis(1);
    assertThat(result.isRecentAt(later)).isFalse();
    assertThat(result.isUpAt(later)).isFalse();
  }

  @Test
  void downWhenEitherDidNotAnswer() {
    assertThat(new ProbeResult(AT, false, true).isUpAt(AT)).isFalse();
    assertThat(new ProbeResult(AT, true, false).isUpAt(AT)).isFalse();
  }
}
