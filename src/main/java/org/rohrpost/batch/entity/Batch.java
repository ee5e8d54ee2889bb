package org.rohrpost.batch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.messagesystem.entity.MessageSystem;

/**
 * One run of a mailing. It keeps its own life cycle: every status change goes through {@link
 * #moveTo}, which refuses what {@link BatchStatus} does not allow.
 */
@Entity
@Table(name = "batch")
@NamedQuery(
    name = Batch.IDS_IN_STATUS,
    query = "select b.id from Batch b where b.status in :statuses order by b.id")
public class Batch {
  public static final String IDS_IN_STATUS = "Batch.idsInStatus";
  private static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "batch_seq")
  @SequenceGenerator(name = "batch_seq", sequenceName = "batch_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "message_system_id")
  private MessageSystem messageSystem;

  @Enumerated(EnumType.STRING)
  @Column(name = "queue_class", nullable = false)
  private QueueClass queueClass;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BatchStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "paused_from")
  private BatchStatus pausedFrom;

  @Column(name = "error_reason")
  private String errorReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Batch() {}

  private Batch(
      Client client, MessageSystem messageSystem, QueueClass queueClass, BatchStatus status) {
    this.client = client;
    this.messageSystem = messageSystem;
    this.queueClass = queueClass;
    this.status = status;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** An ad-hoc batch: its messages are generated inline, as it is created. */
  public static Batch adhoc(Client client, MessageSystem messageSystem, QueueClass queueClass) {
    return new Batch(client, messageSystem, queueClass, BatchStatus.GENERATING_ADHOC);
  }

  /** Generation is done; the messages are ready to be bundled and queued. */
  public void readyToSend() {
    moveTo(BatchStatus.SEND_CONFIGURE, "be configured for sending");
  }

  /** Bundles are on the queue; no worker has started on them yet. */
  public void queued() {
    moveTo(BatchStatus.WAITING, "wait for send workers");
  }

  /** A send worker starts on this batch (does nothing if one already has). */
  public void sendingStarted() {
    if (status == BatchStatus.SENDING) {
      return;
    }
    if (status != BatchStatus.WAITING && status != BatchStatus.SEND_CONFIGURE) {
      throw new IllegalTransitionException(idOrZero(), status, "start sending");
    }
    moveTo(BatchStatus.SENDING, "start sending");
  }

  /** Every message is final: the batch is finalized and completed. */
  public void complete() {
    moveTo(BatchStatus.SEND_FINALIZE, "finalize");
    moveTo(BatchStatus.COMPLETED, "complete");
  }

  /** An approver lets a generated batch go out. */
  public void approve() {
    if (status != BatchStatus.PENDING_APPROVAL) {
      throw new IllegalTransitionException(idOrZero(), status, "be approved");
    }
    moveTo(BatchStatus.SEND_CONFIGURE, "be approved");
  }

  public void pause() {
    if (!status.isPausable()) {
      throw new IllegalTransitionException(idOrZero(), status, "be paused");
    }
    BatchStatus from = status;
    moveTo(BatchStatus.PAUSED, "be paused");
    pausedFrom = from;
  }

  public void resume() {
    if (status != BatchStatus.PAUSED) {
      throw new IllegalTransitionException(idOrZero(), status, "be resumed");
    }
    moveTo(pausedFrom.resumesTo(), "be resumed");
    pausedFrom = null;
  }

  public void cancel() {
    moveTo(BatchStatus.CANCELLED, "be cancelled");
    pausedFrom = null;
  }

  /** Unrecoverable failure: the batch stops with the reason visible. */
  public void fail(String reason) {
    moveTo(BatchStatus.ERROR, "fail");
    errorReason =
        reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
  }

  private void moveTo(BatchStatus next, String action) {
    if (!status.canMoveTo(next)) {
      throw new IllegalTransitionException(idOrZero(), status, action);
    }
    status = next;
    updatedAt = Instant.now();
  }

  private long idOrZero() {
    return id == null ? 0 : id;
  }

  public Long id() {
    return id;
  }

  public Client client() {
    return client;
  }

  public MessageSystem messageSystem() {
    return messageSystem;
  }

  public QueueClass queueClass() {
    return queueClass;
  }

  public BatchStatus status() {
    return status;
  }

  public BatchStatus pausedFrom() {
    return pausedFrom;
  }

  public String errorReason() {
    return errorReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
