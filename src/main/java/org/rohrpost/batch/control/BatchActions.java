package org.rohrpost.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.problem.control.NotFoundException;

/**
 * An operator's actions on a batch, each one transaction. They take no lock: the batch's version
 * makes a concurrent change fail at the flush (see {@link Batches}, which tries again), so that an
 * action never waits behind send workers.
 */
@ApplicationScoped
public class BatchActions {
  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject Event<BatchPaused> paused;
  @Inject Event<BatchResumed> resumed;
  @Inject Event<SendConfigurationRequested> configure;

  @Transactional
  public Batch approve(long id) {
    Batch batch = find(id);
    batch.approve();
    configure.fire(new SendConfigurationRequested(id));
    return flushed(batch);
  }

  @Transactional
  public Batch pause(long id) {
    Batch batch = find(id);
    batch.pause();
    paused.fire(new BatchPaused(id, batch.pausedFrom(), batch.jobExecutionId()));
    return flushed(batch);
  }

  /** Resumes a paused batch; observers of {@link BatchResumed} pick up its work again. */
  @Transactional
  public Batch resume(long id) {
    Batch batch = find(id);
    batch.resume();
    resumed.fire(new BatchResumed(id, batch.status()));
    return flushed(batch);
  }

  /** Cancels the batch; every message not sent yet is cancelled with it. */
  @Transactional
  public Batch cancel(long id) {
    Batch batch = find(id);
    batch.cancel();
    ledger.cancelOpen(id);
    return flushed(batch);
  }

  private Batch find(long id) {
    Batch batch = em.find(Batch.class, id);
    if (batch == null) {
      throw new NotFoundException("Batch", id);
    }
    return batch;
  }

  private Batch flushed(Batch batch) {
    em.flush();
    return batch;
  }
}
