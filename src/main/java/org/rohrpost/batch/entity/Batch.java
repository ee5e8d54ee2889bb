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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.logging.Logger;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.entity.Communication;
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
  private static final Logger LOG = Logger.getLogger(Batch.class.getName());
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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "communication_id")
  private Communication communication;

  @Column(name = "send_at")
  private Instant sendAt;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Version private long version;

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

  @Column(name = "request_id")
  private String requestId;

  /** The server running this batch's generation or send configuration job, while one runs. */
  @Column(name = "work_owner")
  private String workOwner;

  @Column(name = "work_lease_until")
  private Instant workLeaseUntil;

  /** When the messages of a communication's batch expire, if it says (else the client's rule). */
  @Column(name = "expires_at")
  private Instant expiresAt;

  /** The trace its work belongs to (a W3C traceparent), null when not traced. */
  @Column(name = "trace_context")
  private String traceContext;

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
    return adhoc(client, messageSystem, queueClass, null);
  }

  /**
   * An ad-hoc batch made by the request with this id (unique: the request delivered again finds
   * this batch), or by a request without one (null).
   */
  public static Batch adhoc(
      Client client, MessageSystem messageSystem, QueueClass queueClass, String requestId) {
    Batch batch = new Batch(client, messageSystem, queueClass, BatchStatus.GENERATING_ADHOC);
    batch.requestId = requestId;
    return batch;
  }

  /**
   * A batch of a communication, due at {@code sendAt} (now if null). It goes through generation
   * and, unless the communication bypasses it, approval.
   */
  public static Batch of(Communication communication, Instant sendAt) {
    Batch batch =
        new Batch(
            communication.client(),
            communication.messageSystem(),
            communication.queueClass(),
            BatchStatus.SCHEDULED);
    batch.communication = communication;
    batch.sendAt = sendAt;
    return batch;
  }

  /**
   * Whether its messages are bulk mail, which must offer one-click unsubscribe (RFC 8058): a
   * communication's, or any on the Bulk or Trickle class; printed letters are no mail.
   */
  public boolean isBulk() {
    if (messageSystem != null && messageSystem.isPrinter()) {
      return false;
    }
    return communication != null
        || queueClass == QueueClass.BULK
        || queueClass == QueueClass.TRICKLE;
  }

  /**
   * The server whose workers must send this batch's mail, or null when any server's may: a
   * printer's mail goes to the server tied to it, a DEDICATED batch to its client's server.
   */
  public String pinnedServer() {
    if (messageSystem != null && messageSystem.server() != null) {
      return messageSystem.server();
    }
    return queueClass == QueueClass.DEDICATED ? client.server() : null;
  }

  /** Its messages, once generated, are not sent after {@code at} (null: the client's rule). */
  public void expireMessagesAt(Instant at) {
    if (at != null && sendAt != null && !at.isAfter(sendAt)) {
      throw new IllegalArgumentException("A batch's messages must not expire before it is due");
    }
    this.expiresAt = at;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String traceContext() {
    return traceContext;
  }

  /** Its work belongs to this trace from now on (see {@code tracing.control.Traces}). */
  public void tracedIn(String context) {
    traceContext = context;
  }

  /** Whether a scheduled batch's time has come. */
  public boolean isDue(Instant now) {
    return status == BatchStatus.SCHEDULED && (sendAt == null || !sendAt.isAfter(now));
  }

  /** The batch waits for its generation job to start. */
  public void generationQueued() {
    moveTo(BatchStatus.GENERATION_QUEUED, "be queued for generation");
  }

  /**
   * The generation job {@code executionId} has started on this batch, or taken it over from a job
   * that a stopped server left behind (what that one wrote is kept, never written twice).
   */
  public void generationStarted(long executionId) {
    if (status != BatchStatus.GENERATING) {
      moveTo(BatchStatus.GENERATING, "start generating");
    }
    jobExecutionId = executionId;
  }

  /**
   * Generation is done: nothing to send ends the batch; otherwise it waits for an approver unless
   * its communication bypasses approval.
   */
  public void generated(boolean anythingToSend) {
    if (!anythingToSend) {
      moveTo(BatchStatus.NO_MESSAGES, "end without messages");
    } else if (communication.bypassApproval()) {
      moveTo(BatchStatus.SEND_CONFIGURE, "be configured for sending");
    } else {
      moveTo(BatchStatus.PENDING_APPROVAL, "wait for approval");
    }
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
    if (!status.awaitsApproval()) {
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
    if (!status.isResumable()) {
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
    BatchStatus from = status;
    status = next;
    updatedAt = Instant.now();
    LOG.info(() -> "Batch " + idOrZero() + ": " + from + " -> " + next);
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

  /** The communication this batch sends, or null for an ad-hoc batch. */
  public Communication communication() {
    return communication;
  }

  public Instant sendAt() {
    return sendAt;
  }

  /** The Jakarta Batch job execution last started on this batch, if any. */
  public Long jobExecutionId() {
    return jobExecutionId;
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
