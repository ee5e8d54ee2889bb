package org.rohrpost.sending.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.rohrpost.client.entity.QueueClass;

/**
 * When a client was last served in a send-queue class: within a class, the client served longest
 * ago gets the next bundle (round-robin), so a client with a million queued messages does not delay
 * another client's ten.
 */
@Entity
@Table(name = "queue_turn")
@IdClass(QueueTurn.Key.class)
public class QueueTurn {
  @Id
  @Column(name = "client_id")
  private long clientId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "queue_class")
  private QueueClass queueClass;

  @Column(name = "served_at", nullable = false)
  private Instant servedAt;

  protected QueueTurn() {}

  /** A client that has not been served in the class yet: it goes before every served one. */
  public QueueTurn(long clientId, QueueClass queueClass) {
    this.clientId = clientId;
    this.queueClass = queueClass;
    this.servedAt = Instant.EPOCH;
  }

  /** The client's turn came: it goes to the back of the class's line. */
  public void served(Instant now) {
    if (now.isAfter(servedAt)) {
      servedAt = now;
    }
  }

  public long clientId() {
    return clientId;
  }

  public QueueClass queueClass() {
    return queueClass;
  }

  public Instant servedAt() {
    return servedAt;
  }

  /** The composite key: a client in a class. */
  public static class Key implements Serializable {
    private long clientId;
    private QueueClass queueClass;

    public Key() {}

    public Key(long clientId, QueueClass queueClass) {
      this.clientId = clientId;
      this.queueClass = queueClass;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.clientId == clientId && k.queueClass == queueClass;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(clientId) * 31 + (queueClass == null ? 0 : queueClass.hashCode());
    }
  }
}
