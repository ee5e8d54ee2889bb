package org.rohrpost.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void aHashMadeWithFewerIterationsOrAnotherAlgorithmIsWeak() {
    assertThat(Passwords.isWeak("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==")).isTrue();
    assertThat(Passwords.isWeak("PBKDF2WithHmacSHA256:599999:c2FsdA==:aGFzaA==")).isTrue();
    assertThat(Passwords.isWeak("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA==")).isTrue();
    assertThat(Passwords.isWeak("PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==")).isTrue();
    assertThat(Passwords.isWeak("garbage")).isTrue();
    assertThat(Passwords.isWeak("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==")).isFalse();
  }
}
