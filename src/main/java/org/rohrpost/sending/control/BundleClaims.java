package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.entity.Bundle;
import org.rohrpost.sending.entity.BundleStatus;
import org.rohrpost.sending.entity.QueueTurn;

/**
 * Chooses and takes the next bundle of a send-queue class for a worker: clients take turns, the one
 * served longest ago first, and each client's bundles go first in, first out. Only bundles the
 * worker may send now are candidates ({@link Bundle#CLAIMABLE}); the chosen one is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so workers on every server claim at once without waiting for each
 * other and no two take the same bundle. Callers own the transaction.
 */
@ApplicationScoped
public class BundleClaims {
  /** How many bundles of one client a worker tries before it goes on to the next client. */
  static final int CANDIDATES_PER_CLIENT = 4;

  @PersistenceContext EntityManager em;

  /** Takes the next bundle for {@code server} with a lease until {@code leaseUntil}. */
  public Optional<Long> claimNext(
      QueueClass queueClass, String server, Instant now, Instant leaseUntil) {
    for (long clientId : clientsInTurn(queueClass, server, now)) {
      for (long bundleId : candidates(queueClass, clientId, server, now)) {
        if (lock(bundleId, now) && take(bundleId, server, now, leaseUntil)) {
          em.find(QueueTurn.class, new QueueTurn.Key(clientId, queueClass)).served(now);
          return Optional.of(bundleId);
        }
      }
    }
    return Optional.empty();
  }

  /** The clients with a bundle a worker may take, the one served longest ago first. */
  private List<Long> clientsInTurn(QueueClass queueClass, String server, Instant now) {
    return claimable(
            em.createQuery(
                "select t.clientId from QueueTurn t where t.queueClass = :queueClass and exists"
                    + " (select b.id from Bundle b where b.clientId = t.clientId and "
                    + Bundle.CLAIMABLE
                    + ") order by t.servedAt, t.clientId",
                Long.class),
            queueClass,
            server,
            now)
        .getResultList();
  }

  private List<Long> candidates(QueueClass queueClass, long clientId, String server, Instant now) {
    return claimable(
            em.createQuery(
                "select b.id from Bundle b where b.clientId = :client and "
                    + Bundle.CLAIMABLE
                    + " order by b.id",
                Long.class),
            queueClass,
            server,
            now)
        .setParameter("client", clientId)
        .setMaxResults(CANDIDATES_PER_CLIENT)
        .getResultList();
  }

  private static <T> jakarta.persistence.TypedQuery<T> claimable(
      jakarta.persistence.TypedQuery<T> query, QueueClass queueClass, String server, Instant now) {
    return query
        .setParameter("queueClass", queueClass)
        .setParameter("server", server)
        .setParameter("queued", BundleStatus.QUEUED)
        .setParameter("now", now)
        .setParameter("sendable", BatchStatus.SENDABLE);
  }

  /**
   * Locks the bundle if it is still free and no other worker is locking it right now (one row, so
   * that a database that applies a limit before skipping locked rows, as H2 does, skips only it).
   */
  private boolean lock(long bundleId, Instant now) {
    return !em.createNativeQuery(
            "select id from bundle where id = ? and status = ?"
                + " and (owner is null or lease_until < ?) for update skip locked")
        .setParameter(1, bundleId)
        .setParameter(2, BundleStatus.QUEUED.name())
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .getResultList()
        .isEmpty();
  }

  /**
   * Takes the locked bundle if it is still free: the lock's query may have read the row as it was
   * before another worker's claim committed (H2 does), the update reads it as it is.
   */
  private boolean take(long bundleId, String server, Instant now, Instant leaseUntil) {
    return em.createQuery(
                "update Bundle b set b.owner = :me, b.leaseUntil = :until where b.id = :id and "
                    + Bundle.FREE)
            .setParameter("me", server)
            .setParameter("until", leaseUntil)
            .setParameter("id", bundleId)
            .setParameter("queued", BundleStatus.QUEUED)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}
