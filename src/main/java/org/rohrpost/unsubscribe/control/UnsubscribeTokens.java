package org.rohrpost.unsubscribe.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe tokens that need no stored state: base64url (no padding) of {@code
 * expiry\nclient\nemail} followed by its HMAC-SHA256, so nobody can make one for another address or
 * stretch its life.
 */
public class UnsubscribeTokens {
  private static final String HMAC = "HmacSHA256";
  private static final int MAC_BYTES = 32;

  /** Longer than any token we issue (64-character key, 254-character address); refused unread. */
  private static final int MAX_CHARS = 600;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final Duration validity;
  private final Clock clock;

  public UnsubscribeTokens(byte[] key, Duration validity, Clock clock) {
    this.key = new SecretKeySpec(key, HMAC);
    this.validity = validity;
    this.clock = clock;
  }

  public String issue(String client, String email) {
    long expiry = clock.instant().plus(validity).getEpochSecond();
    byte[] payload = (expiry + "\n" + client + "\n" + email).getBytes(StandardCharsets.UTF_8);
    byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(mac(payload), 0, token, payload.length, MAC_BYTES);
    return ENCODER.encodeToString(token);
  }

  /** Checks the signature in constant time before reading anything the token claims. */
  public TokenCheck check(String token) {
    byte[] raw = decode(token);
    if (raw == null || raw.length <= MAC_BYTES) {
      return TokenCheck.INVALID;
    }
    byte[] payload = Arrays.copyOf(raw, raw.length - MAC_BYTES);
    byte[] mac = Arrays.copyOfRange(raw, payload.length, raw.length);
    if (!MessageDigest.isEqual(mac(payload), mac)) {
      return TokenCheck.INVALID;
    }
    String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", 3);
    Instant expiry = Instant.ofEpochSecond(Long.parseLong(fields[0]));
    return clock.instant().isBefore(expiry)
        ? TokenCheck.valid(fields[1], fields[2])
        : TokenCheck.EXPIRED;
  }

  /** The bytes of a token in its one canonical spelling, or null: no padding, no spare bits. */
  private static byte[] decode(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_CHARS) {
      return null;
    }
    try {
      byte[] raw = Base64.getUrlDecoder().decode(token);
      return ENCODER.encodeToString(raw).equals(token) ? raw : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
