package org.rohrpost.sending.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.rohrpost.client.entity.QueueClass;

/**
 * A cluster-wide rate (a message system's, the TRICKLE class's) as the earliest time the next
 * message may go: every message takes the next slot, slots spaced one interval apart, whichever
 * worker on whichever server asks (the generic cell rate algorithm without burst). Taken under a
 * row lock, so that the rate holds however many workers and servers send.
 */
@Entity
@Table(name = "pace")
public class Pace {
  @Id
  @Column(name = "pace_key")
  private String key;

  @Column(name = "next_at_micros", nullable = false)
  private long nextAtMicros;

  protected Pace() {}

  public Pace(String key) {
    this.key = key;
  }

  public static String ofMessageSystem(long messageSystemId) {
    return "system:" + messageSystemId;
  }

  public static String ofClass(QueueClass queueClass) {
    return "class:" + queueClass.name();
  }

  /**
   * Takes the next slot at {@code perSecond} messages a second: the time the message may go (now,
   * when the rate has been idle for an interval). The slot after it is one interval later.
   */
  public Instant take(Instant now, double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("A rate must be above zero: " + perSecond);
    }
    long interval = Math.max(1, (long) Math.ceil(1_000_000 / perSecond));
    long slot = Math.max(micros(now), nextAtMicros);
    nextAtMicros = slot + interval;
    return Instant.ofEpochSecond(slot / 1_000_000, (slot % 1_000_000) * 1_000);
  }

  public String key() {
    return key;
  }

  private static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
  }
}
