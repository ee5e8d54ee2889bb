package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.rohrpost.batch.control.BatchResumed;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.sending.entity.Bundle;
import org.rohrpost.sending.entity.BundleStatus;
import org.rohrpost.sending.entity.QueueTurn;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.server.control.SharedRows;
import org.rohrpost.tracing.control.Traces;

/**
 * Send configuration: cuts a batch's due messages into bundles of {@value Bundle#MAX_SIZE} and puts
 * one signal per bundle on the queue of the batch's class, in one transaction. Run again, it only
 * picks up what has become due since (retries, later earliest-send times, the mail of a message
 * system whose throttle pause is over) and completes a batch that has nothing left to send.
 */
@ApplicationScoped
public class Bundler {
  static final Duration SIGNAL_LOST_AFTER = Duration.ofSeconds(30);
  static final Duration SIGNAL_SURELY_LOST_AFTER = Duration.ofMinutes(10);
  static final int RESIGNAL_LIMIT = 1_000;
  private static final Logger LOG = Logger.getLogger(Bundler.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject SendQueue queue;
  @Inject SharedRows turns;
  @Inject ServerSettings settings;
  @Inject Traces traces;

  @Transactional
  public void bundleDue(long batchId) {
    Batch batch = em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
    if (batch == null || !batch.status().isSendable()) {
      return;
    }
    Instant now = Instant.now();
    ledger.expireOverdue(batchId, now);
    // a throttled message system's mail waits in the ledger until the pause is over
    List<Long> due =
        batch.messageSystem().isThrottledAt(now) ? List.of() : ledger.dueForBundling(batchId, now);
    if (!due.isEmpty()) {
      queue.signal(inBundles(batch, due));
    }
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
    queue.signal(inBundles(batch, messageIds));
  }

  /** Cuts the messages into bundles, in a span of the batch's trace that the bundles keep. */
  private List<Bundle> inBundles(Batch batch, List<Long> messageIds) {
    return traces.inSpan(
        "rohrpost bundle",
        batch.traceContext(),
        span -> {
          span.setAttribute(Traces.BATCH, batch.id())
              .setAttribute(Traces.MESSAGES, messageIds.size());
          String context = Traces.contextOf(span);
          List<Bundle> bundles = new ArrayList<>();
          for (int from = 0; from < messageIds.size(); from += Bundle.MAX_SIZE) {
            int to = Math.min(messageIds.size(), from + Bundle.MAX_SIZE);
            bundles.add(newBundle(batch, messageIds.subList(from, to), context));
          }
          return bundles;
        });
  }

  private Bundle newBundle(Batch batch, List<Long> messageIds, String traceContext) {
    long clientId = batch.client().id();
    turns.ensure(
        QueueTurn.class,
        new QueueTurn.Key(clientId, batch.queueClass()),
        () -> new QueueTurn(clientId, batch.queueClass()));
    Bundle bundle =
        new Bundle(
            batch.id(),
            clientId,
            batch.queueClass(),
            batch.pinnedServer(),
            messageIds.size(),
            traceContext);
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
                "select b from Bundle b where b.batchId = :b and " + Bundle.FREE + " order by b.id",
                Bundle.class)
            .setParameter("b", batchId)
            .setParameter("queued", BundleStatus.QUEUED)
            .setParameter("now", Instant.now())
            .getResultList();
    signal(open, Instant.now());
  }

  /**
   * Signals again the bundles of sendable batches that no worker holds although their signal went
   * out more than {@link #SIGNAL_LOST_AFTER} ago, when their queue is empty (so the signal is not
   * just waiting its turn) or it went out more than {@link #SIGNAL_SURELY_LOST_AFTER} ago. Such a
   * signal went to the broker's dead-letter queue, or to a server that died with the bundle. A
   * signal too many is harmless: only one worker claims a bundle.
   */
  @Transactional
  public void resignalLost() {
    Instant now = Instant.now();
    List<Bundle> lost = freeBundles(now, now.minus(SIGNAL_LOST_AFTER));
    Map<QueueClass, Boolean> emptyQueues = new EnumMap<>(QueueClass.class);
    Instant surelyLost = now.minus(SIGNAL_SURELY_LOST_AFTER);
    List<Bundle> again =
        lost.stream()
            .filter(
                b ->
                    b.signalledAt().isBefore(surelyLost)
                        || emptyQueues.computeIfAbsent(b.queueClass(), queue::isEmpty))
            .toList();
    if (!again.isEmpty()) {
      LOG.warning("Signalling " + again.size() + " bundles again whose signals went missing");
    }
    signal(again, now);
  }

  /**
   * After a restart: lets go of the bundles this server held in its previous run (their leases were
   * taken before it started: a lease taken since runs until at least {@code startedAt} plus a
   * lease), and signals every free bundle of a sendable batch, so that sending goes on at once.
   */
  @Transactional
  public void resumeAfterRestart(Instant startedAt) {
    int released =
        em.createQuery(
                "update Bundle b set b.owner = null, b.leaseUntil = null"
                    + " where b.owner = :me and b.status = :queued and b.leaseUntil < :before")
            .setParameter("me", settings.instance())
            .setParameter("queued", BundleStatus.QUEUED)
            .setParameter("before", startedAt.plus(settings.lease()))
            .executeUpdate();
    if (released > 0) {
      LOG.info("Resuming: let go of " + released + " bundles of this server's previous run");
    }
    signalFree();
  }

  /** Signals every free bundle of a sendable batch now (after a restart, or a server's move). */
  @Transactional
  public int signalFree() {
    Instant now = Instant.now();
    List<Bundle> free = freeBundles(now, now);
    if (!free.isEmpty()) {
      LOG.info("Signalling " + free.size() + " free bundles");
    }
    signal(free, now);
    return free.size();
  }

  /**
   * Up to {@link #RESIGNAL_LIMIT} bundles of sendable batches that no worker holds, signalled
   * before {@code signalledBefore}, oldest first.
   */
  private List<Bundle> freeBundles(Instant now, Instant signalledBefore) {
    return em.createQuery(
            "select b from Bundle b, Batch t where t.id = b.batchId and t.status in :sendable"
                + " and "
                + Bundle.FREE
                + " and b.signalledAt <= :before order by b.id",
            Bundle.class)
        .setParameter("sendable", BatchStatus.SENDABLE)
        .setParameter("queued", BundleStatus.QUEUED)
        .setParameter("now", now)
        .setParameter("before", signalledBefore)
        .setMaxResults(RESIGNAL_LIMIT)
        .getResultList();
  }

  private void signal(List<Bundle> bundles, Instant now) {
    bundles.forEach(b -> b.signalled(now));
    queue.signal(bundles);
  }
}
