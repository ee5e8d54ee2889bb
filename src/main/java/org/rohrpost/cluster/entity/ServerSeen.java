package org.rohrpost.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A server as the others see it: when it started and when it last said it was alive. */
@Entity
@Table(name = "server_seen")
public class ServerSeen {
  /** A server not seen for this long is taken for gone. */
  public static final Duration ALIVE_WITHIN = Duration.ofSeconds(20);

  @Id private String instance;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  protected ServerSeen() {}

  public ServerSeen(String instance, Instant startedAt) {
    this.instance = instance;
    this.startedAt = startedAt;
    this.seenAt = startedAt;
  }

  /** It said it is alive (a restart brings a new start time). */
  public void seen(Instant startedAt, Instant now) {
    this.startedAt = startedAt;
    this.seenAt = now;
  }

  public boolean isAliveAt(Instant now) {
    return !seenAt.plus(ALIVE_WITHIN).isBefore(now);
  }

  public String instance() {
    return instance;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant seenAt() {
    return seenAt;
  }
}
