package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.rohrpost.batch.control.BatchLeases;
import org.rohrpost.batch.control.BatchPaused;
import org.rohrpost.batch.control.BatchResumed;
import org.rohrpost.batch.control.JobEnded;
import org.rohrpost.batch.control.JobStarted;
import org.rohrpost.batch.control.Jobs;
import org.rohrpost.batch.control.SendConfigurationRequested;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.tracing.control.Traces;
import org.rohrpost.validation.control.FieldErrors;

/**
 * A communication's batches from schedule to generated: queues them when due, runs the {@value
 * #JOB} job, and moves the batch on when the job ends (to approval, to send configuration, to
 * {@code NO_MESSAGES} or {@code ERROR}). A pause stops the job; a resume purges what it wrote and
 * generates anew.
 */
@ApplicationScoped
public class Generations {
  public static final String JOB = "generation";
  private static final Logger LOG = Logger.getLogger(Generations.class.getName());

  @PersistenceContext EntityManager em;
  @Inject LedgerRows ledgerRows;
  @Inject Communications communications;
  @Inject Ledger ledger;
  @Inject Jobs jobs;
  @Inject Event<GenerationRequested> generation;
  @Inject Event<BatchScheduled> scheduled;
  @Inject ApprovalNotices approvalNotices;
  @Inject Event<SendConfigurationRequested> configuration;
  @Inject BatchLeases leases;
  @Inject Traces traces;

  /**
   * A new batch of the communication, generated at {@code sendAt} (ISO-8601; now if absent or
   * past), its messages not sent after {@code expiresAt} (ISO-8601; if absent, the client's message
   * lifetime decides). A future one waits for a one-off scheduled task of {@code owner} ({@link
   * BatchScheduled}).
   */
  @Transactional
  public Batch schedule(
      String clientKey, String communicationKey, String sendAt, String expiresAt, String owner) {
    Communication communication = communications.get(clientKey, communicationKey);
    FieldErrors errors = new FieldErrors();
    Instant at = errors.instant("sendAt", sendAt);
    Instant until = errors.instant("expiresAt", expiresAt);
    Instant now = Instant.now();
    errors.check(
        until == null || until.isAfter(at == null || at.isBefore(now) ? now : at),
        "expiresAt",
        "must be after sendAt and in the future");
    errors.throwIfAny();
    Batch batch = Batch.of(communication, at);
    batch.expireMessagesAt(until);
    em.persist(batch);
    em.flush();
    batch.tracedIn(traces.forNewBatch(batch.id()));
    if (batch.isDue(Instant.now())) {
      queue(batch);
    } else {
      scheduled.fire(new BatchScheduled(batch.id(), at, owner));
    }
    return batch;
  }

  /** A new batch of the communication, queued for generation now (a scheduled task fired). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Batch start(Communication communication) {
    Batch batch = Batch.of(communication, null);
    em.persist(batch);
    em.flush();
    batch.tracedIn(traces.forNewBatch(batch.id()));
    queue(batch);
    return batch;
  }

  /** Queues a scheduled batch for generation: its population is read when the job runs. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void queue(Batch batch) {
    batch.generationQueued();
    leases.take(batch.id());
    generation.fire(new GenerationRequested(batch.id()));
  }

  /**
   * Starts a generation job again for every batch whose job was lost: queued or generating, and
   * nobody (alive) holds its work: a server that died, or this server's previous run. The new job
   * goes on after the batch's checkpoint (the position its ledger holds messages through) and skips
   * any recipient already in the ledger. Run at start-up and by every sweep.
   */
  @Transactional
  public void takeOverOrphans() {
    for (long id :
        leases.orphaned(List.of(BatchStatus.GENERATION_QUEUED, BatchStatus.GENERATING))) {
      if (leases.take(id)) {
        LOG.info("Taking over the generation of batch " + id + ", which no running server holds");
        generation.fire(new GenerationRequested(id));
      }
    }
  }

  /** The batches of a communication, newest first. */
  public List<Batch> of(String clientKey, String communicationKey) {
    return em.createQuery(
            "select b from Batch b where b.communication = :c order by b.id desc", Batch.class)
        .setParameter("c", communications.get(clientKey, communicationKey))
        .setMaxResults(100)
        .getResultList();
  }

  void startJob(@Observes(during = TransactionPhase.AFTER_SUCCESS) GenerationRequested request) {
    jobs.start(JOB, request.batchId());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void started(@Observes JobStarted started) {
    if (JOB.equals(started.job())) {
      em.find(Batch.class, started.batchId()).generationStarted(started.executionId());
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void ended(@Observes JobEnded ended) {
    if (!JOB.equals(ended.job())) {
      return;
    }
    leases.release(ended.batchId());
    Batch batch = em.find(Batch.class, ended.batchId());
    if (batch.status() != BatchStatus.GENERATING
        || !Objects.equals(batch.jobExecutionId(), ended.executionId())) {
      return;
    }
    switch (ended.outcome()) {
      case COMPLETED -> generated(batch);
      case FAILED -> batch.fail(ended.failure() != null ? ended.failure() : "Generation failed");
      case STOPPED ->
          LOG.warning("Generation of batch " + batch.id() + " was stopped; it stays GENERATING");
    }
  }

  private void generated(Batch batch) {
    batch.generated(ledger.hasOpenMessages(batch.id()));
    if (batch.status() == BatchStatus.PENDING_APPROVAL) {
      approvalNotices.send(batch);
    } else if (batch.status() == BatchStatus.SEND_CONFIGURE) {
      configuration.fire(new SendConfigurationRequested(batch.id()));
    }
  }

  void stopJob(@Observes(during = TransactionPhase.AFTER_SUCCESS) BatchPaused paused) {
    if (paused.from() != BatchStatus.GENERATING || paused.jobExecutionId() == null) {
      return;
    }
    if (!jobs.stop(paused.jobExecutionId())) {
      LOG.fine("Generation job of batch " + paused.batchId() + " had ended already");
    }
  }

  /**
   * A resume from a pause in generation starts over: what was generated goes, and with it the
   * checkpoint.
   */
  void purge(@Observes(during = TransactionPhase.IN_PROGRESS) BatchResumed resumed) {
    if (resumed.status() == BatchStatus.GENERATION_QUEUED) {
      ledger.purge(resumed.batchId());
      ledgerRows.forgetCheckpoint(resumed.batchId());
      leases.take(resumed.batchId());
      generation.fire(new GenerationRequested(resumed.batchId()));
    }
  }
}
