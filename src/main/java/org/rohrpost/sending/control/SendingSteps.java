package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.channel.control.Channels;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.sending.entity.Bundle;
import org.rohrpost.sending.entity.BundleStatus;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;
import org.rohrpost.unsubscribe.control.Unsubscriptions;

/**
 * The steps of sending a bundle, each its own transaction, so that every result is committed before
 * the next message goes on the wire.
 */
@ApplicationScoped
public class SendingSteps {
  private static final Logger LOG = Logger.getLogger(SendingSteps.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject MessageSystems messageSystems;
  @Inject ServerSettings settings;
  @Inject Unsubscriptions unsubscriptions;
  @Inject BundleClaims claims;
  @Inject Pacing pacing;
  @Inject Channels channels;

  /** What to do with the next message of a bundle. */
  public enum Step {
    SEND,
    SKIP,
    STOP
  }

  /**
   * Takes the next bundle of the class that this server may send (clients in turn, see {@link
   * BundleClaims}) with a lease, or none when there is none. A bundle whose batch stopped sending
   * or whose message system was throttled between the choice and the lock is let go, and the next
   * one is tried.
   */
  @Transactional
  public Optional<BundleWork> claimNext(QueueClass queueClass) {
    while (true) {
      Instant now = Instant.now();
      Optional<Long> claimed =
          claims.claimNext(queueClass, settings.instance(), now, now.plus(settings.lease()));
      if (claimed.isEmpty()) {
        return Optional.empty();
      }
      Optional<BundleWork> work = startOn(em.find(Bundle.class, claimed.get()), now);
      if (work.isPresent()) {
        return work;
      }
    }
  }

  /**
   * Whether the bundle's row is visible yet (the signal's broker may commit before the database).
   */
  @Transactional
  public boolean isVisible(long bundleId) {
    return em.find(Bundle.class, bundleId) != null;
  }

  private Optional<BundleWork> startOn(Bundle bundle, Instant now) {
    long bundleId = bundle.id();
    Batch batch = em.find(Batch.class, bundle.batchId());
    if (batch.status() != BatchStatus.SENDING) {
      em.refresh(batch, LockModeType.PESSIMISTIC_WRITE);
    }
    if (!batch.status().isSendable()) {
      releaseBundle(bundleId, false);
      return Optional.empty();
    }
    var system = batch.messageSystem();
    if (system.isThrottledAt(now)) {
      // back to the ledger: the sweeper bundles it again once the pause is over
      ledger.unbundle(bundleId);
      releaseBundle(bundleId, true);
      return Optional.empty();
    }
    batch.sendingStarted();
    int interrupted = ledger.interrupted(bundleId, batch.client().onTheWire(), now);
    if (interrupted > 0) {
      LOG.warning(
          "Bundle "
              + bundleId
              + " of batch "
              + batch.id()
              + " had "
              + interrupted
              + " messages on the wire when its server stopped; "
              + batch.client().onTheWire());
    }
    List<Message> messages = ledger.unsentIn(bundleId);
    return Optional.of(
        new BundleWork(
            bundleId,
            batch.id(),
            batch.client().key(),
            batch.queueClass(),
            system.id(),
            channels.endpointOf(system),
            pacing.ratesOf(batch.queueClass(), system.id(), system.ratePerSecond()),
            batch.client().deletesOnSuccess(),
            messages,
            unsubscribeLinks(batch, messages),
            bundle.traceContext()));
  }

  /**
   * Extends this server's lease on the bundle; false when the bundle is no longer this server's
   * (its lease ran out and another took it), and the worker must let it go at once.
   */
  @Transactional
  public boolean renew(BundleWork work) {
    return em.createQuery(
                "update Bundle b set b.leaseUntil = :until where b.id = :id and b.owner = :me")
            .setParameter("until", Instant.now().plus(settings.lease()))
            .setParameter("id", work.bundleId())
            .setParameter("me", settings.instance())
            .executeUpdate()
        == 1;
  }

  /** One-click unsubscribe links for each message of a bulk batch; none for other mail. */
  private Map<Long, ListUnsubscribe> unsubscribeLinks(Batch batch, List<Message> messages) {
    if (!batch.isBulk()) {
      return Map.of();
    }
    String client = batch.client().key();
    String from = batch.messageSystem().smtp().from();
    return messages.stream()
        .collect(
            Collectors.toMap(Message::id, m -> unsubscriptions.links(client, m.recipient(), from)));
  }

  /**
   * Records how the previous message went (if there was one) and decides about the next one,
   * recording its attempt before it goes on the wire: one commit per message. The batch's
   * permission to send comes from a {@link BatchWatch}.
   */
  @Transactional
  public Step advance(Sent previous, Message message, boolean batchMaySend) {
    if (previous != null) {
      ledger.finishAttempt(
          previous.message(), previous.outcome(), Instant.now(), previous.deleteOnSuccess());
    }
    if (!batchMaySend) {
      return Step.STOP;
    }
    Instant now = Instant.now();
    if (message.expiresAt() != null && message.expiresAt().isBefore(now)) {
      ledger.expire(message.id());
      return Step.SKIP;
    }
    if (message.notBefore() != null && message.notBefore().isAfter(now)) {
      ledger.postpone(message.id());
      return Step.SKIP;
    }
    return ledger.startAttempt(message.id()) ? Step.SEND : Step.SKIP;
  }

  /**
   * Whether the worker may go on with the bundle: its batch is in a status that lets workers send
   * (not paused, not ended) and its message system is not throttled. Read in a transaction of its
   * own, so that a worker sending for a long time sees every change.
   */
  @Transactional
  public boolean maySend(BundleWork work) {
    Object[] row =
        em.createQuery(
                "select b.status, m from Batch b join b.messageSystem m where b.id = :id",
                Object[].class)
            .setParameter("id", work.batchId())
            .getSingleResult();
    return ((BatchStatus) row[0]).isSendable()
        && !((MessageSystem) row[1]).isThrottledAt(Instant.now());
  }

  /**
   * The server asked to slow down: the message system pauses for every worker of every server, and
   * the message waits out the pause without the attempt counting against it.
   */
  @Transactional
  public void throttled(BundleWork work, Sent sent) {
    Instant now = Instant.now();
    Instant until = messageSystems.throttle(work.messageSystemId(), now, sent.outcome().detail());
    ledger.throttled(sent.message(), sent.outcome(), now, until);
  }

  /** Records how the last message of a bundle went. */
  @Transactional
  public void finish(Sent last) {
    ledger.finishAttempt(last.message(), last.outcome(), Instant.now(), last.deleteOnSuccess());
  }

  /**
   * A message that was on the wire, how that went, and whether its content goes once it is sent
   * (its client's setting).
   */
  public record Sent(Message message, Outcome outcome, boolean deleteOnSuccess) {}

  /**
   * Lets go of the bundle: done when nothing in it is left to send, else free for another worker.
   * The unsent messages of a throttled message system go back to the ledger, to be bundled again
   * after the pause. Completes the batch when none of its messages is open any more.
   */
  @Transactional
  public void release(BundleWork work) {
    if (em.find(MessageSystem.class, work.messageSystemId()).isThrottledAt(Instant.now())) {
      ledger.unbundle(work.bundleId());
    }
    releaseBundle(work.bundleId(), !ledger.hasUnsent(work.bundleId()));
    if (!ledger.hasOpenMessages(work.batchId())) {
      Batch batch = em.find(Batch.class, work.batchId(), LockModeType.PESSIMISTIC_WRITE);
      if (batch.status() == BatchStatus.WAITING || batch.status() == BatchStatus.SENDING) {
        batch.complete();
      }
    }
  }

  private void releaseBundle(long bundleId, boolean done) {
    em.createQuery(
            "update Bundle b set b.owner = null, b.leaseUntil = null, b.status = :status"
                + " where b.id = :id")
        .setParameter("status", done ? BundleStatus.DONE : BundleStatus.QUEUED)
        .setParameter("id", bundleId)
        .executeUpdate();
  }
}
