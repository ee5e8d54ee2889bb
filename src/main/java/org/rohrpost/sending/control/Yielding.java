package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.entity.BundleStatus;

/**
 * Bulk yields to Normal: BULK workers wait while more NORMAL messages wait to be sent, on all
 * servers, than {@code ROHRPOST_BULK_YIELD_BACKLOG}. The backlog is read at most once per {@link
 * #FRESH_NANOS} per server, however many workers ask.
 */
@ApplicationScoped
public class Yielding {
  static final long FRESH_NANOS = 200_000_000L;

  @PersistenceContext EntityManager em;
  @Inject DispatchSettings settings;

  private record Reading(long atNanos, long backlog) {}

  private volatile Reading last;

  /** Whether workers of this class must wait before their next message. */
  public boolean mustYield(QueueClass queueClass) {
    return queueClass == QueueClass.BULK && normalBacklog() > settings.bulkYieldBacklog();
  }

  /** NORMAL messages in bundles not yet done, of batches that may send. */
  public long normalBacklog() {
    long now = System.nanoTime();
    Reading reading = last;
    if (reading == null || now - reading.atNanos() >= FRESH_NANOS) {
      reading = new Reading(now, readNormalBacklog());
      last = reading;
    }
    return reading.backlog();
  }

  private long readNormalBacklog() {
    Long sum =
        em.createQuery(
                "select sum(b.messageCount) from Bundle b where b.queueClass = :normal"
                    + " and b.status = :queued and exists (select a.id from Batch a"
                    + " where a.id = b.batchId and a.status in :sendable)",
                Long.class)
            .setParameter("normal", QueueClass.NORMAL)
            .setParameter("queued", BundleStatus.QUEUED)
            .setParameter("sendable", BatchStatus.SENDABLE)
            .getSingleResult();
    return sum == null ? 0 : sum;
  }
}
