package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.batch.control.BatchResumed;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.sending.entity.Bundle;
import org.rohrpost.sending.entity.BundleStatus;

/**
 * Send configuration: cuts a batch's due messages into bundles of {@value Bundle#MAX_SIZE} and puts
 * one signal per bundle on the queue of the batch's class, in one transaction. Run again, it only
 * picks up what has become due since (retries, later earliest-send times) and completes a batch
 * that has nothing left to send.
 */
@ApplicationScoped
public class Bundler {
  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject SendQueue queue;

  @Transactional
  public void bundleDue(long batchId) {
    Batch batch = em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
    if (batch == null || !batch.status().isSendable()) {
      return;
    }
    Instant now = Instant.now();
    ledger.expireOverdue(batchId, now);
    List<Long> due = ledger.dueForBundling(batchId, now);
    List<Bundle> bundles = new ArrayList<>();
    for (int from = 0; from < due.size(); from += Bundle.MAX_SIZE) {
      bundles.add(
          newBundle(batch, due.subList(from, Math.min(due.size(), from + Bundle.MAX_SIZE))));
    }
    queue.signal(bundles);
    if (batch.status() == BatchStatus.SEND_CONFIGURE) {
      batch.queued();
    }
    if (!ledger.hasOpenMessages(batchId)) {
      batch.complete();
    }
  }

  /**
   * One bundle of the given pending messages of a batch being configured (a chunk of the send
   * configuration job), signalled when the transaction commits.
   */
  @Transactional
  public void bundle(long batchId, List<Long> messageIds) {
    Batch batch = em.find(Batch.class, batchId);
    if (batch.status().isFinal()) {
      return;
    }
    queue.signal(List.of(newBundle(batch, messageIds)));
  }

  private Bundle newBundle(Batch batch, List<Long> messageIds) {
    Bundle bundle = new Bundle(batch.id(), batch.client().id(), batch.queueClass());
    em.persist(bundle);
    ledger.queue(messageIds, bundle.id());
    return bundle;
  }

  /** Signals again the bundles of a resumed batch that no worker holds. */
  void resignal(@Observes BatchResumed resumed) {
    if (!resumed.status().isSendable()) {
      return;
    }
    long batchId = resumed.batchId();
    List<Bundle> open =
        em.createQuery(
                "select b from Bundle b where b.batchId = :b and b.status = :queued"
                    + " and (b.owner is null or b.leaseUntil < :now) order by b.id",
                Bundle.class)
            .setParameter("b", batchId)
            .setParameter("queued", BundleStatus.QUEUED)
            .setParameter("now", Instant.now())
            .getResultList();
    queue.signal(open);
  }
}
