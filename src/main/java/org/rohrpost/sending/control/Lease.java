package org.rohrpost.sending.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a worker renews its lease on the bundle in hand: halfway through it, so that a bundle sent
 * slowly (a low rate, a long yield) stays its server's while a dead server's runs out.
 */
final class Lease {
  private final Duration length;
  private Instant renewAt;

  Lease(Instant claimedAt, Duration length) {
    this.length = length;
    renewed(claimedAt);
  }

  boolean isDue(Instant now) {
    return !now.isBefore(renewAt);
  }

  void renewed(Instant now) {
    renewAt = now.plus(length.dividedBy(2));
  }
}
