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
import java.time.Duration;
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

  /** How long a finished batch of this client is kept; null: for ever. */
  @Column(name = "history_retention_seconds")
  private Long historyRetentionSeconds;

  /** Whether a sent message's content is deleted as soon as it is sent. */
  @Column(name = "delete_on_success", nullable = false)
  private boolean deleteOnSuccess;

  @Enumerated(EnumType.STRING)
  @Column(name = "on_the_wire", nullable = false)
  private OnTheWire onTheWire = OnTheWire.RESEND;

  /** How long after it is made a message expires unless its request says when; null: never. */
  @Column(name = "message_lifetime_seconds")
  private Long messageLifetimeSeconds;

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

  /**
   * From now on this client's messages expire {@code lifetime} after they are made (null: never).
   */
  public void expireMessagesAfter(Duration lifetime) {
    if (lifetime != null && (lifetime.isZero() || lifetime.isNegative())) {
      throw new IllegalArgumentException("A message lifetime must be positive: " + lifetime);
    }
    messageLifetimeSeconds = lifetime == null ? null : lifetime.toSeconds();
  }

  public Duration messageLifetime() {
    return messageLifetimeSeconds == null ? null : Duration.ofSeconds(messageLifetimeSeconds);
  }

  /**
   * When a message of this client made at {@code madeAt} expires: when its request says ({@code
   * requested}), else after the client's message lifetime, else never (null).
   */
  public Instant expiryOf(Instant madeAt, Instant requested) {
    return expiry(madeAt, requested, messageLifetime());
  }

  /** The rule of {@link #expiryOf}, for a client's lifetime read without the entity. */
  public static Instant expiry(Instant madeAt, Instant requested, Duration lifetime) {
    return requested != null || lifetime == null ? requested : madeAt.plus(lifetime);
  }

  /**
   * From now on this client's finished batches, with their messages, are deleted {@code retention}
   * after they ended (null: kept for ever); and, if {@code deleteOnSuccess}, a sent message's
   * content is deleted as soon as it is sent.
   */
  public void keepHistory(Duration retention, boolean deleteOnSuccess) {
    if (retention != null && (retention.isZero() || retention.isNegative())) {
      throw new IllegalArgumentException("A history retention must be positive: " + retention);
    }
    this.historyRetentionSeconds = retention == null ? null : retention.toSeconds();
    this.deleteOnSuccess = deleteOnSuccess;
  }

  public Duration historyRetention() {
    return historyRetentionSeconds == null ? null : Duration.ofSeconds(historyRetentionSeconds);
  }

  public boolean deletesOnSuccess() {
    return deleteOnSuccess;
  }

  /** From now on, a message of this client found on the wire after a stop is treated so. */
  public void whenFoundOnTheWire(OnTheWire policy) {
    this.onTheWire = policy == null ? OnTheWire.RESEND : policy;
  }

  public OnTheWire onTheWire() {
    return onTheWire;
  }

  /** The server that sends this client's DEDICATED mail, or null when any server may. */
  public String server() {
    return server;
  }
}
