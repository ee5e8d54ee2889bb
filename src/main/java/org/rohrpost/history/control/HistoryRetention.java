package org.rohrpost.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.Client;
import org.rohrpost.ledger.control.Ledger;

/**
 * Deletes the finished batches of clients that keep their history for a while ({@code
 * historyRetention}), once that while has passed since they ended: each batch with its messages
 * (their attempts go with them), bundles and one-off schedule. A run of a recurring schedule keeps
 * its record without the batch; a message sent again keeps its copy without the link.
 */
@ApplicationScoped
public class HistoryRetention {
  public static final int BATCHES_PER_ROUND = 100;

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;

  /** Deletes up to {@link #BATCHES_PER_ROUND} batches whose time is up at {@code now}; how many. */
  @Transactional
  public int purge(Instant now) {
    List<Long> due = new ArrayList<>();
    for (Client client :
        em.createQuery(
                "select c from Client c where c.historyRetentionSeconds is not null", Client.class)
            .getResultList()) {
      due.addAll(
          em.createQuery(
                  "select b.id from Batch b where b.client = :client and b.status in :ended"
                      + " and b.updatedAt < :cutoff order by b.id",
                  Long.class)
              .setParameter("client", client)
              .setParameter("ended", BatchStatus.ENDED)
              .setParameter("cutoff", now.minus(client.historyRetention()))
              .setMaxResults(BATCHES_PER_ROUND - due.size())
              .getResultList());
      if (due.size() >= BATCHES_PER_ROUND) {
        break;
      }
    }
    if (!due.isEmpty()) {
      delete(due);
    }
    return due.size();
  }

  private void delete(List<Long> batches) {
    ledger.forget(batches);
    update("delete from Bundle b where b.batchId in :batches", batches);
    update("update TaskRun r set r.batchId = null where r.batchId in :batches", batches);
    update("delete from ScheduledTask t where t.batch.id in :batches", batches);
    update("delete from Batch b where b.id in :batches", batches);
  }

  private void update(String jpql, List<Long> batches) {
    em.createQuery(jpql).setParameter("batches", batches).executeUpdate();
  }
}
