package org.rohrpost.client.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant: owns message systems and mailings, and is served by one send-queue class. */
@Entity
@Table(name = "client")
@NamedQuery(name = Client.BY_KEY, query = "select c from Client c where c.key = :key")
public class Client {
  public static final String BY_KEY = "Client.byKey";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
  @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
  private Long id;

  @Column(name = "client_key", nullable = false, unique = true)
  private String key;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "queue_class", nullable = false)
  private QueueClass queueClass;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The server that sends a DEDICATED client's mail ({@code ROHRPOST_INSTANCE}), or null. */
  private String server;

  protected Client() {}

  /**
   * A client; {@code server} pins a DEDICATED client's mail to one server and is refused for other
   * classes, whose workers on every server share the work.
   */
  public Client(String key, String name, QueueClass queueClass, String server) {
    if (server != null && queueClass != QueueClass.DEDICATED) {
      throw new IllegalArgumentException("Only a DEDICATED client is pinned to a server");
    }
    this.key = key;
    this.name = name;
    this.queueClass = queueClass;
    this.server = server;
    this.createdAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public String name() {
    return name;
  }

  public QueueClass queueClass() {
    return queueClass;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The server that sends this client's DEDICATED mail, or null when any server may. */
  public String server() {
    return server;
  }
}
