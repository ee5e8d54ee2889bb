package org.rohrpost.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
  static final Duration TTL = Duration.ofMinutes(5);

  final TestClock clock = new TestClock();
  final VerifiedPasswords verified = new VerifiedPasswords(100, TTL, clock);

  @Test
  void aPasswordVerifiedAgainstTheStoredHashIsKnownForAWhile() {
    verified.add("ada", "long-enough-pass", "hash-1");
    assertThat(verified.contains("ada", "long-enough-pass", "hash-1")).isTrue();
    assertThat(verified.contains("ada", "another-password", "hash-1")).isFalse();
    assertThat(verified.contains("bob", "long-enough-pass", "hash-1")).isFalse();
    assertThat(verified.contains("ada", "long-enough-pass", "hash-2"))
        .as("the password was changed (or the user made anew)")
        .isFalse();

    clock.advance(TTL);
    assertThat(verified.contains("ada", "long-enough-pass", "hash-1")).isFalse();
    assertThat(verified.size()).isZero();
  }

  @Test
  void theNameAndPasswordCannotBeShiftedIntoEachOther() {
    assertThat(verified.id("ada", "bpass")).isNotEqualTo(verified.id("adab", "pass"));
  }

  @Test
  void itKeepsAKeyedHashNeverThePassword() {
    // "zoe": letters that hexadecimal never has, so a hash cannot hold it by chance ("ada" could)
    String id = verified.id("zoe", "long-enough-pass");
    assertThat(id).hasSize(64).doesNotContain("long-enough-pass").doesNotContain("zoe");
    assertThat(new VerifiedPasswords(1, TTL, clock).id("zoe", "long-enough-pass"))
        .as("another server start, another key")
        .isNotEqualTo(id);
  }

  @Test
  void itHoldsAtMostItsCapacity() {
    for (int i = 0; i < 1000; i++) {
      verified.add("user" + i, "pass", "hash");
    }
    assertThat(verified.size()).isEqualTo(100);
    assertThat(verified.contains("user999", "pass", "hash")).isTrue();
    assertThat(verified.contains("user0", "pass", "hash")).isFalse();
  }
}
