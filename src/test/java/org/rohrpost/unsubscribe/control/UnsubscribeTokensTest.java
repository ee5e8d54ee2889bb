package org.rohrpost.unsubscribe.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rohrpost.unsubscribe.control.TokenCheck.Result;

class UnsubscribeTokensTest {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final Duration VALIDITY = Duration.ofDays(180);
  private static final byte[] KEY = "a key of thirty-two bytes length".getBytes();

  private final UnsubscribeTokens tokens = at(KEY, NOW);
  private final String token = tokens.issue("acme", "Ada.Lovelace+news@example.org");

  @Test
  void aFreshTokenNamesItsClientAndAddress() {
    TokenCheck check = tokens.check(token);
    assertThat(check.result()).isEqualTo(Result.VALID);
    assertThat(check.client()).isEqualTo("acme");
    assertThat(check.email()).isEqualTo("Ada.Lovelace+news@example.org");
  }

  @Test
  void isBase64UrlWithoutPaddingAndHidesNothingButTheSignature() {
    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(new String(Base64.getUrlDecoder().decode(token)))
        .contains("acme\nAda.Lovelace+news@example.org");
    String unicode = tokens.issue("acme", "jörg@exämple.org");
    assertThat(tokens.check(unicode).email()).isEqualTo("jörg@exämple.org");
  }

  @Test
  void aChangeOfAnyCharacterIsRefused() {
    for (int i = 0; i < token.length(); i++) {
      for (char other : ALPHABET.toCharArray()) {
        if (other != token.charAt(i)) {
          String tampered = token.substring(0, i) + other + token.substring(i + 1);
          assertThat(tokens.check(tampered).result()).as(tampered).isEqualTo(Result.INVALID);
        }
      }
    }
  }

  @Test
  void aChangeOfAnyByteIsRefused() {
    byte[] raw = Base64.getUrlDecoder().decode(token);
    for (int i = 0; i < raw.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = raw.clone();
        tampered[i] ^= (byte) (1 << bit);
        String spelled = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
        assertThat(tokens.check(spelled).result()).isEqualTo(Result.INVALID);
      }
    }
  }

  @Test
  void expiresAfterTheValidity() {
    assertThat(at(KEY, NOW.plus(VALIDITY).minusSeconds(1)).check(token).result())
        .isEqualTo(Result.VALID);
    assertThat(at(KEY, NOW.plus(VALIDITY)).check(token).result()).isEqualTo(Result.EXPIRED);
    TokenCheck late = at(KEY, NOW.plus(Duration.ofDays(1000))).check(token);
    assertThat(late.result()).isEqualTo(Result.EXPIRED);
    assertThat(late.email()).isNull();
  }

  @Test
  void aTokenOfAnotherKeyIsRefused() {
    UnsubscribeTokens other = at("another key, also thirty-two by".getBytes(), NOW);
    assertThat(other.check(token).result()).isEqualTo(Result.INVALID);
    assertThat(tokens.check(other.issue("acme", "ada@example.org")).result())
        .isEqualTo(Result.INVALID);
  }

  @Test
  void anExpiredTokenOfAnotherKeyIsInvalidNotExpired() {
    String old = at("another key, also thirty-two by".getBytes(), NOW).issue("acme", "a@b.org");
    assertThat(at(KEY, NOW.plus(Duration.ofDays(1000))).check(old).result())
        .isEqualTo(Result.INVALID);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "x",
        "====",
        "not a token",
        "%2F..%2F",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "\u0000\n",
        "Grüße"
      })
  void garbageIsRefusedWithoutAnException(String garbage) {
    assertThat(tokens.check(garbage).result()).isEqualTo(Result.INVALID);
  }

  @Test
  void paddedCutOrLengthenedTokensAreRefused() {
    assertThat(tokens.check(token + "=").result()).isEqualTo(Result.INVALID);
    assertThat(tokens.check(token + "==").result()).isEqualTo(Result.INVALID);
    assertThat(tokens.check(token + "A").result()).isEqualTo(Result.INVALID);
    assertThat(tokens.check(token.substring(1)).result()).isEqualTo(Result.INVALID);
    assertThat(tokens.check(token.substring(0, token.length() - 1)).result())
        .isEqualTo(Result.INVALID);
    assertThat(tokens.check(token.repeat(10)).result()).isEqualTo(Result.INVALID);
  }

  private static UnsubscribeTokens at(byte[] key, Instant now) {
    return new UnsubscribeTokens(key, VALIDITY, Clock.fixed(now, ZoneOffset.UTC));
  }
}
