package org.rohrpost.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.control.ClientScope;
import org.rohrpost.client.entity.Client;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * Finding batches and the controls an operator has over them; a batch of a client the caller does
 * not see is not there ({@link ClientScope}).
 */
@ApplicationScoped
public class Batches {
  public static final int PAGE_SIZE = 100;

  private static final int ATTEMPTS = 5;

  @PersistenceContext EntityManager em;
  @Inject BatchActions actions;
  @Inject ClientScope scope;

  /** The batch, or 404 (also when the caller may not see it). */
  public Batch get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Batch", id));
  }

  /** The batch, if it is there for the caller. */
  public Optional<Batch> find(long id) {
    return Optional.ofNullable(em.find(Batch.class, id)).filter(b -> scope.sees(b.client()));
  }

  public Batch approve(long id) {
    get(id);
    return retried(() -> actions.approve(id));
  }

  public Batch pause(long id) {
    get(id);
    return retried(() -> actions.pause(id));
  }

  public Batch resume(long id) {
    get(id);
    return retried(() -> actions.resume(id));
  }

  public Batch cancel(long id) {
    get(id);
    return retried(() -> actions.cancel(id));
  }

  /**
   * Where a page of a list starts (the first is 0).
   *
   * @throws InvalidInputException for a page there cannot be ({@link FieldErrors#page(int)})
   */
  public static int firstOf(int page) {
    FieldErrors errors = new FieldErrors();
    errors.page(page);
    errors.throwIfAny();
    return page * PAGE_SIZE;
  }

  /** One page of the client's batches, newest first. */
  public List<Batch> of(Client client, int page) {
    return em.createQuery(
            "select b from Batch b where b.client = :client order by b.id desc", Batch.class)
        .setParameter("client", client)
        .setFirstResult(firstOf(page))
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** The newest batches of the clients the caller sees, of one status unless it is null. */
  public List<Batch> latest(BatchStatus status) {
    Long bound = scope.boundTo().orElse(-1L);
    return em.createQuery(
            "select b from Batch b where (:status is null or b.status = :status)"
                + " and (:bound = -1 or b.client.id = :bound) order by b.id desc",
            Batch.class)
        .setParameter("status", status)
        .setParameter("bound", bound)
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
        .setFirstResult(firstOf(page))
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }

  /** The first rendered messages to be sent (skipped ones have nothing to show), for approval. */
  public List<Message> preview(long batchId, int limit) {
    get(batchId);
    return em.createQuery(
            "select m from Message m where m.batchId = :b and m.status <> :skipped order by m.id",
            Message.class)
        .setParameter("b", batchId)
        .setParameter("skipped", MessageStatus.SKIPPED)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Runs an action again when the batch changed under it, so that it sees the new status. */
  private static Batch retried(Supplier<Batch> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (OptimisticLockException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
