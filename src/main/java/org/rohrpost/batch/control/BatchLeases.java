package org.rohrpost.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.server.control.ServerSettings;

/**
 * Leases on the background work of batches (a generation or send configuration job): the server
 * that runs a batch's job holds the batch ({@code work_owner}, {@code work_lease_until}) and renews
 * the lease every few seconds while the job runs; once it has run out (the server died), another
 * server may take the work over. A server's own leases from a run before this one (taken before
 * this bean was made, which is before any lease of this run) are its to take at once.
 */
@ApplicationScoped
public class BatchLeases {
  /** The rule, for queries on {@code Batch b}, of work another server may take over now. */
  private static final String ORPHANED =
      "(b.workOwner is null or b.workLeaseUntil < :now"
          + " or (b.workOwner = :me and b.workLeaseUntil < :previousRunEnd))";

  private final Set<Long> held = ConcurrentHashMap.newKeySet();
  private final Instant startedAt = Instant.now();

  @PersistenceContext EntityManager em;
  @Inject ServerSettings settings;

  /** Takes the batch's work for this server unless another live server holds it. */
  @Transactional
  public boolean take(long batchId) {
    Instant now = Instant.now();
    boolean taken =
        em.createQuery(
                    "update Batch b set b.workOwner = :me, b.workLeaseUntil = :until"
                        + " where b.id = :id and "
                        + ORPHANED)
                .setParameter("me", settings.instance())
                .setParameter("until", now.plus(settings.lease()))
                .setParameter("id", batchId)
                .setParameter("now", now)
                .setParameter("previousRunEnd", startedAt.plus(settings.lease()))
                .executeUpdate()
            == 1;
    if (taken) {
      held.add(batchId);
    }
    return taken;
  }

  /** The batches in one of {@code statuses} whose work nobody (alive) holds. */
  public List<Long> orphaned(Collection<BatchStatus> statuses) {
    return em.createQuery(
            "select b.id from Batch b where b.status in :statuses and "
                + ORPHANED
                + " order by b.id",
            Long.class)
        .setParameter("statuses", statuses)
        .setParameter("me", settings.instance())
        .setParameter("now", Instant.now())
        .setParameter("previousRunEnd", startedAt.plus(settings.lease()))
        .getResultList();
  }

  /** Whether this server runs the batch's work now. */
  public boolean holds(long batchId) {
    return held.contains(batchId);
  }

  /** Whether another server holds the batch's work, with a lease that has not run out. */
  public boolean heldElsewhere(long batchId) {
    return !em.createQuery(
            "select b.id from Batch b where b.id = :id and b.workOwner <> :me"
                + " and b.workLeaseUntil >= :now",
            Long.class)
        .setParameter("id", batchId)
        .setParameter("me", settings.instance())
        .setParameter("now", Instant.now())
        .getResultList()
        .isEmpty();
  }

  /** Renews the leases of the work this server runs (every few seconds, by the sweeper). */
  @Transactional
  public void renewHeld() {
    if (held.isEmpty()) {
      return;
    }
    em.createQuery(
            "update Batch b set b.workLeaseUntil = :until"
                + " where b.id in :held and b.workOwner = :me")
        .setParameter("until", Instant.now().plus(settings.lease()))
        .setParameter("held", Set.copyOf(held))
        .setParameter("me", settings.instance())
        .executeUpdate();
  }

  /** The batch's job has ended here: the work is no longer this server's. */
  @Transactional
  public void release(long batchId) {
    held.remove(batchId);
    em.createQuery(
            "update Batch b set b.workOwner = null, b.workLeaseUntil = null"
                + " where b.id = :id and b.workOwner = :me")
        .setParameter("id", batchId)
        .setParameter("me", settings.instance())
        .executeUpdate();
  }
}
