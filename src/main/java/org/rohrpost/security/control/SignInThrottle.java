package org.rohrpost.security.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Failed sign-ins counted per user name and per address, each with its own limit in the same window
 * (ADR 23): past either limit an attempt is refused before its password is looked at. A success
 * forgets the user's failures, not the address's. An IPv6 address counts as its /64, which one
 * subscriber usually has whole. Kept in memory, at most {@code capacity} user names and as many
 * addresses.
 */
public final class SignInThrottle {
  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
  private static final int LONGEST_NAME = 256;

  private final FailureCounts users;
  private final FailureCounts addresses;
  private final Clock clock;

  public SignInThrottle(int perUser, int perAddress, Duration window, int capacity, Clock clock) {
    this.users = new FailureCounts(perUser, window, capacity);
    this.addresses = new FailureCounts(perAddress, window, capacity);
    this.clock = clock;
  }

  /**
   * An attempt of a user name (null: an API key, which counts for its address only) from an
   * address, nothing counted yet: for a password already known to be right, or a key.
   */
  public Attempt check(String user, String address) {
    return attempt(user, address, false);
  }

  /** An attempt whose password is about to be checked: it counts until it is told the outcome. */
  public Attempt reserve(String user, String address) {
    return attempt(user, address, true);
  }

  private Attempt attempt(String user, String address, boolean reserve) {
    Instant now = clock.instant();
    String name = user == null ? null : nameKey(user);
    String from = addressKey(address);
    Optional<Instant> refused = addresses.refusedUntil(from, now, reserve);
    if (refused.isEmpty() && name != null) {
      refused = users.refusedUntil(name, now, reserve);
      if (refused.isPresent() && reserve) {
        addresses.succeeded(from, false, true); // not counted: it never ran
      }
    }
    return new Attempt(
        name, from, reserve, refused.map(until -> Duration.between(now, until)).orElse(null));
  }

  /** A sign-in attempt: refused, or to be told how it ended. */
  public final class Attempt {
    private final String user;
    private final String address;
    private final boolean reserved;
    private final Duration retryAfter;

    private Attempt(String user, String address, boolean reserved, Duration retryAfter) {
      this.user = user;
      this.address = address;
      this.reserved = reserved;
      this.retryAfter = retryAfter;
    }

    /** How long this user name or address must wait, if it is refused. */
    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }

    public void succeeded() {
      if (user != null) {
        users.succeeded(user, true, reserved);
      }
      addresses.succeeded(address, false, reserved);
    }

    public void failed() {
      Instant now = clock.instant();
      if (user != null) {
        users
            .failed(user, now, reserved)
            .ifPresent(until -> log("user '" + user + "'", "the last from " + address, until));
      }
      addresses
          .failed(address, now, reserved)
          .ifPresent(
              until ->
                  log(
                      "address " + address,
                      user == null ? "the last with an API key" : "the last as '" + user + "'",
                      until));
    }
  }

  private static void log(String who, String last, Instant until) {
    LOG.warning(
        "Sign-in refused for " + who + " until " + until + " after failures (" + last + ")");
  }

  int users() {
    return users.size();
  }

  int addresses() {
    return addresses.size();
  }

  /** A user name as counted and logged: on one line, and not longer than any user's name can be. */
  static String nameKey(String user) {
    StringBuilder key = new StringBuilder();
    user.codePoints()
        .limit(LONGEST_NAME)
        .forEach(
            c ->
                key.append(
                    Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? "\\u" + Integer.toHexString(c)
                        : Character.toString(c)));
    return key.toString();
  }

  /** An address as counted: an IPv4 address as it is, an IPv6 address as its /64 network. */
  static String addressKey(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return String.valueOf(address);
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length == 4) {
        return InetAddress.getByAddress(bytes).getHostAddress(); // IPv4 in IPv6 clothing
      }
      byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
      return InetAddress.getByAddress(network).getHostAddress() + "/64";
    } catch (UnknownHostException notAnAddress) {
      return nameKey(address);
    }
  }
}
