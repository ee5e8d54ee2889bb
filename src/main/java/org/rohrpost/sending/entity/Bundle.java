package org.rohrpost.sending.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.rohrpost.client.entity.QueueClass;

/**
 * Up to 50 messages of one batch, sent over one SMTP connection by one worker. The worker that
 * claims it holds it with a lease ({@code owner}, {@code lease_until}) in the database. A bundle
 * pinned to a server (PRINTER, DEDICATED) is sent only by that server's workers.
 */
@Entity
@Table(name = "bundle")
public class Bundle {
  public static final int MAX_SIZE = 50;

  /**
   * The one rule, for queries on {@code Bundle b}, of a bundle a worker may claim: queued, and no
   * worker holds it or its holder's lease ran out. Parameters {@code :queued} and {@code :now}.
   */
  public static final String FREE =
      "b.status = :queued and (b.owner is null or b.leaseUntil < :now)";

  /**
   * The one rule, for queries on {@code Bundle b}, of a bundle a worker of a class may take now:
   * {@link #FREE}, of the class, pinned to the worker's server or to none, of a batch that may send
   * and whose message system is not throttled. Parameters {@code :queued}, {@code :now}, {@code
   * :queueClass}, {@code :server} and {@code :sendable} (the sendable batch statuses).
   */
  public static final String CLAIMABLE =
      FREE
          + " and b.queueClass = :queueClass and (b.server is null or b.server = :server)"
          + " and exists (select a.id from Batch a join a.messageSystem s where a.id = b.batchId"
          + " and a.status in :sendable"
          + " and (s.throttledUntil is null or s.throttledUntil <= :now))";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bundle_seq")
  @SequenceGenerator(name = "bundle_seq", sequenceName = "bundle_seq", allocationSize = 50)
  private Long id;

  @Column(name = "batch_id", nullable = false)
  private long batchId;

  @Column(name = "client_id", nullable = false)
  private long clientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "queue_class", nullable = false)
  private QueueClass queueClass;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BundleStatus status;

  private String owner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "signalled_at")
  private Instant signalledAt;

  @Column(name = "message_count", nullable = false)
  private int messageCount;

  /** The trace of the span that cut it (a W3C traceparent), null when not traced. */
  @Column(name = "trace_context")
  private String traceContext;

  /** The server that must send it (PRINTER and DEDICATED classes), or null for any. */
  private String server;

  protected Bundle() {}

  public Bundle(
      long batchId,
      long clientId,
      QueueClass queueClass,
      String server,
      int messageCount,
      String traceContext) {
    if (messageCount < 1 || messageCount > MAX_SIZE) {
      throw new IllegalArgumentException("A bundle holds 1 to " + MAX_SIZE + " messages");
    }
    this.batchId = batchId;
    this.clientId = clientId;
    this.queueClass = queueClass;
    this.server = server;
    this.messageCount = messageCount;
    this.traceContext = traceContext;
    this.status = BundleStatus.QUEUED;
    this.createdAt = Instant.now();
    this.signalledAt = createdAt;
  }

  /** Its signal is put on the queue (again). */
  public void signalled(Instant now) {
    signalledAt = now;
  }

  public Long id() {
    return id;
  }

  public long batchId() {
    return batchId;
  }

  public long clientId() {
    return clientId;
  }

  public QueueClass queueClass() {
    return queueClass;
  }

  public BundleStatus status() {
    return status;
  }

  public String owner() {
    return owner;
  }

  public Instant signalledAt() {
    return signalledAt;
  }

  public String traceContext() {
    return traceContext;
  }

  public String server() {
    return server;
  }

  public int messageCount() {
    return messageCount;
  }
}
