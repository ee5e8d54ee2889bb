package org.rohrpost.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords verified lately (ADR 23), so that an API caller, which sends its password with every
 * request, pays for the slow hash once in a while and not on every call. Kept for each: an
 * HMAC-SHA256 of user name and password under a key made at start (never the password), and the
 * stored hash it matched. An entry holds only while the user's stored hash is still that one: a
 * user removed or given a new password is refused at once, on every server. At most {@code
 * capacity} entries, each for {@code ttl}.
 */
public final class VerifiedPasswords {
  private final Map<String, Entry> entries;
  private final Duration ttl;
  private final Clock clock;
  private final byte[] key = new byte[32];

  private record Entry(String storedHash, Instant until) {}

  public VerifiedPasswords(int capacity, Duration ttl, Clock clock) {
    this.entries = new LeastRecentlyUsed<>(capacity);
    this.ttl = ttl;
    this.clock = clock;
    new SecureRandom().nextBytes(key);
  }

  /** Whether this password was verified lately against the user's hash as it is stored now. */
  public boolean contains(String user, String password, String storedHash) {
    String id = id(user, password);
    synchronized (entries) {
      Entry entry = entries.get(id);
      if (entry != null && !clock.instant().isBefore(entry.until())) {
        entries.remove(id);
        return false;
      }
      return entry != null && entry.storedHash().equals(storedHash);
    }
  }

  public void add(String user, String password, String storedHash) {
    String id = id(user, password);
    synchronized (entries) {
      entries.put(id, new Entry(storedHash, clock.instant().plus(ttl)));
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** What an entry is found by: the HMAC of the name's length, the name and the password. */
  String id(String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String both = user.length() + ":" + user + password;
      return HexFormat.of().formatHex(mac.doFinal(both.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
