package org.rohrpost.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.client.entity.Client;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.problem.control.NotFoundException;

/** Finding batches and the controls an operator has over them. */
@ApplicationScoped
public class Batches {
  public static final int PAGE_SIZE = 100;

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject Event<BatchResumed> resumed;

  public Batch get(long id) {
    Batch batch = em.find(Batch.class, id);
    if (batch == null) {
      throw new NotFoundException("Batch", id);
    }
    return batch;
  }

  @Transactional
  public Batch pause(long id) {
    Batch batch = locked(id);
    batch.pause();
    return batch;
  }

  /** Resumes a paused batch; observers of {@link BatchResumed} pick up its work again. */
  @Transactional
  public Batch resume(long id) {
    Batch batch = locked(id);
    batch.resume();
    resumed.fire(new BatchResumed(id, batch.status()));
    return batch;
  }

  /** Cancels the batch; every message not sent yet is cancelled with it. */
  @Transactional
  public Batch cancel(long id) {
    Batch batch = locked(id);
    batch.cancel();
    ledger.cancelOpen(id);
    return batch;
  }

  @Transactional
  public Batch approve(long id) {
    Batch batch = locked(id);
    batch.approve();
    return batch;
  }

  /** One page of the client's batches, newest first. */
  public List<Batch> of(Client client, int page) {
    return em.createQuery(
            "select b from Batch b where b.client = :client order by b.id desc", Batch.class)
        .setParameter("client", client)
        .setFirstResult(page * PAGE_SIZE)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** One page of the batch's ledger, optionally of one status, in the order generated. */
  public List<Message> messages(long batchId, MessageStatus status, int page) {
    get(batchId);
    return em.createQuery(
            "select m from Message m where m.batchId = :b and (:status is null or m.status = :status)"
                + " order by m.id",
            Message.class)
        .setParameter("b", batchId)
        .setParameter("status", status)
        .setFirstResult(page * PAGE_SIZE)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** The first rendered messages, for approval. */
  public List<Message> preview(long batchId, int limit) {
    get(batchId);
    return em.createQuery(
            "select m from Message m where m.batchId = :b order by m.id", Message.class)
        .setParameter("b", batchId)
        .setMaxResults(limit)
        .getResultList();
  }

  private Batch locked(long id) {
    Batch batch = em.find(Batch.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (batch == null) {
      throw new NotFoundException("Batch", id);
    }
    return batch;
  }
}
