package org.rohrpost.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  static final int PER_USER = 3;
  static final int PER_ADDRESS = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final int CAPACITY = 100;

  final TestClock clock = new TestClock();
  final SignInThrottle throttle =
      new SignInThrottle(PER_USER, PER_ADDRESS, WINDOW, CAPACITY, clock);

  @Test
  void aUserNameIsRefusedAfterItsFailuresUntilTheWindowHasPassedSinceTheLast() {
    fail("ada", "10.0.0.1", PER_USER - 1);
    clock.advance(WINDOW.minusSeconds(1));
    fail("ada", "10.0.0.2", 1);
    clock.advance(Duration.ofSeconds(30));

    assertThat(throttle.reserve("ada", "10.0.0.3").retryAfter())
        .as("from any address, the right password too")
        .hasValue(WINDOW.minusSeconds(30));
    assertThat(throttle.check("ada", "10.0.0.3").retryAfter()).isPresent();
    assertThat(throttle.reserve("bob", "10.0.0.1").retryAfter()).as("another user").isEmpty();

    clock.advance(WINDOW.minusSeconds(30));
    assertThat(throttle.reserve("ada", "10.0.0.1").retryAfter()).isEmpty();
  }

  @Test
  void failuresFurtherApartThanTheWindowDoNotAddUp() {
    for (int i = 0; i < 3 * PER_USER; i++) {
      fail("ada", "10.0.0.1", 1);
      clock.advance(WINDOW);
    }
    assertThat(throttle.reserve("ada", "10.0.0.1").retryAfter()).isEmpty();
  }

  @Test
  void aSuccessForgetsTheUsersFailuresButNotTheAddresss() {
    fail("ada", "10.0.0.1", PER_USER - 1);
    throttle.reserve("ada", "10.0.0.1").succeeded();
    fail("ada", "10.0.0.1", PER_USER - 1);
    assertThat(throttle.check("ada", "10.0.0.1").retryAfter()).isEmpty();

    for (int i = 0; i < PER_ADDRESS - 2 * (PER_USER - 1); i++) {
      fail("user" + i, "10.0.0.1", 1);
    }
    assertThat(throttle.check("ada", "10.0.0.1").retryAfter())
        .as("the address has had its failures")
        .isPresent();
  }

  @Test
  void anAddressIsRefusedAfterItsFailuresWhateverTheNameAndOthersAreNot() {
    for (int i = 0; i < PER_ADDRESS; i++) {
      fail("guess" + i, "10.0.0.1", 1);
    }
    assertThat(throttle.reserve("ada", "10.0.0.1").retryAfter()).hasValue(WINDOW);
    assertThat(throttle.check(null, "10.0.0.1").retryAfter()).as("an API key").hasValue(WINDOW);
    assertThat(throttle.reserve("ada", "10.0.0.2").retryAfter()).isEmpty();
  }

  @Test
  void wrongApiKeysCountForTheirAddressOnly() {
    for (int i = 0; i < PER_ADDRESS - 1; i++) {
      throttle.check(null, "10.0.0.1").failed();
    }
    assertThat(throttle.users()).isZero();
    assertThat(throttle.check(null, "10.0.0.1").retryAfter()).isEmpty();
    throttle.check(null, "10.0.0.1").failed();
    assertThat(throttle.check(null, "10.0.0.1").retryAfter()).isPresent();
  }

  @Test
  void attemptsBeingCheckedCountSoThatParallelGuessesStayWithinTheLimit() {
    List<SignInThrottle.Attempt> running = new ArrayList<>();
    for (int i = 0; i < PER_USER; i++) {
      SignInThrottle.Attempt attempt = throttle.reserve("ada", "10.0.0." + i);
      assertThat(attempt.retryAfter()).isEmpty();
      running.add(attempt);
    }
    assertThat(throttle.reserve("ada", "10.0.0.9").retryAfter()).hasValue(FailureCounts.BUSY);
    assertThat(throttle.check("ada", "10.0.0.9").retryAfter())
        .as("a password already known to be right is not held up")
        .isEmpty();

    running.remove(0).succeeded();
    assertThat(throttle.reserve("ada", "10.0.0.9").retryAfter()).isEmpty();
    running.forEach(SignInThrottle.Attempt::failed);
  }

  @Test
  void aRefusedAttemptCountsNowhere() {
    fail("ada", "10.0.0.1", PER_USER);
    for (int i = 0; i < 5 * PER_ADDRESS; i++) {
      throttle.reserve("ada", "10.0.0.1");
    }
    assertThat(throttle.reserve("bob", "10.0.0.1").retryAfter()).isEmpty();
  }

  @Test
  void itRemembersAtMostItsCapacityKeepingWhoIsUnderAttack() {
    fail("ada", "10.0.0.1", PER_USER);
    for (int i = 0; i < 50 * CAPACITY; i++) {
      fail("random-" + i, "10.1." + i / 256 % 256 + "." + i % 256, 1);
      throttle.check("ada", "10.9.9.9");
    }
    assertThat(throttle.users()).isEqualTo(CAPACITY);
    assertThat(throttle.addresses()).isEqualTo(CAPACITY);
    assertThat(throttle.check("ada", "10.9.9.9").retryAfter())
        .as("the user attacked all along is still refused")
        .isPresent();
  }

  @Test
  void whatIsOverIsForgotten() {
    fail("ada", "10.0.0.1", 1);
    throttle.reserve("bob", "10.0.0.2").succeeded();
    clock.advance(WINDOW);
    throttle.check("ada", "10.0.0.1");
    assertThat(throttle.users()).isZero();
    assertThat(throttle.addresses()).isZero();
  }

  @Test
  void anIpv6AddressCountsAsItsNetworkAndNamesAsTheyArePrinted() {
    assertThat(SignInThrottle.addressKey("2001:db8:1:2:a:b:c:d"))
        .isEqualTo(SignInThrottle.addressKey("2001:db8:1:2::ffff"))
        .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(SignInThrottle.addressKey("2001:db8:1:3::1"))
        .isNotEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(SignInThrottle.addressKey("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    assertThat(SignInThrottle.addressKey("192.0.2.7")).isEqualTo("192.0.2.7");
    assertThat(SignInThrottle.nameKey("ada\r\nFAKE LOG LINE"))
        .isEqualTo("ada\\ud\\uaFAKE LOG LINE");
    assertThat(SignInThrottle.nameKey("x".repeat(10_000))).hasSize(256);
    assertThat(SignInThrottle.nameKey("a\u2028b")).isEqualTo("a\\u2028b");
  }

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      SignInThrottle.Attempt attempt = throttle.reserve(user, address);
      assertThat(attempt.retryAfter()).isEmpty();
      attempt.failed();
    }
  }
}
