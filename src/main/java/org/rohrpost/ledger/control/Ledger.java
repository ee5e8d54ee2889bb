package org.rohrpost.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rohrpost.client.entity.OnTheWire;
import org.rohrpost.ledger.entity.Attempt;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.ledger.entity.MessageTransition;
import org.rohrpost.server.control.ServerSettings;

/**
 * Every write of a message and every change of its status, each one a {@link MessageTransition}
 * guarded by the statuses it may come from, so that a late or repeated signal can never move a
 * message backwards. Callers own the transaction.
 */
@ApplicationScoped
public class Ledger {
  private static final int MAX_ERROR = 2000;
  private static final String EXPIRED = "expired before it could be sent";

  @PersistenceContext EntityManager em;
  @Inject RetrySettings retry;
  @Inject ServerSettings settings;
  @Inject Event<OutcomeRecorded> recorded;

  public BatchCounts counts(long batchId) {
    Map<MessageStatus, Long> byStatus = new EnumMap<>(MessageStatus.class);
    em.createQuery(
            "select m.status, count(m) from Message m where m.batchId = :b group by m.status",
            Object[].class)
        .setParameter("b", batchId)
        .getResultList()
        .forEach(row -> byStatus.put((MessageStatus) row[0], (Long) row[1]));
    return BatchCounts.of(byStatus);
  }

  public boolean hasOpenMessages(long batchId) {
    return !em.createQuery(
            "select m.id from Message m where m.batchId = :b and m.status in :open", Long.class)
        .setParameter("b", batchId)
        .setParameter("open", MessageStatus.OPEN)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Up to {@code limit} ids of generated messages not yet in a bundle, after {@code afterId}. */
  public List<Long> pendingAfter(long batchId, long afterId, int limit) {
    return em.createQuery(
            "select m.id from Message m where m.batchId = :b and m.bundleId is null"
                + " and m.status = :pending and m.id > :after order by m.id",
            Long.class)
        .setParameter("b", batchId)
        .setParameter("pending", MessageStatus.PENDING)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Messages of the batch that may go into a new bundle now, oldest first. */
  public List<Long> dueForBundling(long batchId, Instant now) {
    return em.createQuery(
            "select m.id from Message m where m.batchId = :b and m.bundleId is null and"
                + " ((m.status = :pending and (m.notBefore is null or m.notBefore <= :now))"
                + " or (m.status = :failed and m.nextAttemptAt <= :now)) order by m.id",
            Long.class)
        .setParameter("b", batchId)
        .setParameter("pending", MessageStatus.PENDING)
        .setParameter("failed", MessageStatus.FAILED)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Puts pending (or failed, due again) messages into a bundle. A message in those statuses is in
   * no bundle: every change that takes one out of a bundle clears it. (Asking {@code bundle_id is
   * null} as well let PostgreSQL, before it had analyzed a freshly filled table, read the whole
   * index of unbundled messages for every bundle: 0.3 s each.)
   */
  public void queue(List<Long> messageIds, long bundleId) {
    move(Guarded.QUEUE)
        .setParameter("bundle", bundleId)
        .setParameter("ids", messageIds)
        .executeUpdate();
  }

  /** Messages of a bundle that are not final yet (a redelivered bundle sends only these). */
  public List<Message> unsentIn(long bundleId) {
    return em.createQuery(
            "select m from Message m where m.bundleId = :bundle and m.status in :from order by m.id",
            Message.class)
        .setParameter("bundle", bundleId)
        .setParameter("from", MessageTransition.START_ATTEMPT.from())
        .getResultList();
  }

  /** Whether any message of the bundle is still to be sent. */
  public boolean hasUnsent(long bundleId) {
    return !em.createQuery(
            "select m.id from Message m where m.bundleId = :bundle and m.status in :from",
            Long.class)
        .setParameter("bundle", bundleId)
        .setParameter("from", MessageTransition.START_ATTEMPT.from())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The bundle's messages left on the wire by a server that stopped (SENDING in a bundle nobody
   * holds): each gets its attempt logged as interrupted; under the client's policy {@link
   * OnTheWire#REVIEW} it then waits for an operator, else it goes again (as the bundle is sent).
   * Returns how many there were.
   */
  public int interrupted(long bundleId, OnTheWire policy, Instant now) {
    List<Message> onTheWire =
        em.createQuery(
                "select m from Message m where m.bundleId = :bundle and m.status = :sending",
                Message.class)
            .setParameter("bundle", bundleId)
            .setParameter("sending", MessageStatus.SENDING)
            .getResultList();
    String detail =
        policy == OnTheWire.REVIEW
            ? "on the wire when its server stopped; left for review (the client's policy)"
            : "on the wire when its server stopped; sent again (the client's policy)";
    for (Message message : onTheWire) {
      log(message, message.attempts(), Outcome.interrupted(detail), now);
      if (policy == OnTheWire.REVIEW) {
        move(Guarded.HOLD_FOR_REVIEW)
            .setParameter("why", detail)
            .setParameter("id", message.id())
            .executeUpdate();
      }
    }
    return onTheWire.size();
  }

  /** The message goes on the wire: one more attempt. */
  public boolean startAttempt(long messageId) {
    return move(Guarded.START_ATTEMPT).setParameter("id", messageId).executeUpdate() == 1;
  }

  /**
   * Records how the attempt on the wire ended, in the message and in the attempt log; a sent
   * message's content is deleted if {@code deleteOnSuccess} (its client's setting). A throttled
   * attempt is recorded by {@link #throttled}.
   */
  public void finishAttempt(
      Message message, Outcome outcome, Instant now, boolean deleteOnSuccess) {
    int attempts = message.attempts() + 1;
    log(message, attempts, outcome, now);
    switch (outcome.kind()) {
      case SENT -> {
        sent(message.id(), now);
        if (deleteOnSuccess) {
          deleteContent(message.id());
        }
      }
      case PERMANENT -> dead(message.id(), outcome.detail());
      case TEMPORARY -> {
        if (attempts >= message.maxAttempts()) {
          dead(message.id(), outcome.detail());
        } else {
          retryLater(message.id(), outcome.detail(), retry.policy().nextAttempt(now, attempts));
        }
      }
      case THROTTLED ->
          throw new IllegalArgumentException("A throttled attempt needs the end of its pause");
      case INTERRUPTED ->
          throw new IllegalArgumentException("An interrupted attempt is found, not finished");
    }
  }

  /**
   * The server asked to slow down when the message was on the wire: the attempt is logged (with the
   * number the next one will have too) but not counted, giving back what {@link #startAttempt}
   * counted, and the message waits out its message system's pause, until {@code until}.
   */
  public void throttled(Message message, Outcome outcome, Instant now, Instant until) {
    log(message, message.attempts() + 1, outcome, now);
    move(Guarded.THROTTLED)
        .setParameter("error", truncate(outcome.detail()))
        .setParameter("at", until)
        .setParameter("id", message.id())
        .executeUpdate();
  }

  /** Logs an attempt's outcome, and tells the observers once the transaction commits. */
  private void log(Message message, int number, Outcome outcome, Instant now) {
    recorded.fire(new OutcomeRecorded(message.id(), message.batchId(), number, outcome, now));
    em.persist(
        new Attempt(
            message.id(),
            number,
            now,
            outcome.kind().name(),
            outcome.replyCode(),
            outcome.enhancedStatus(),
            outcome.detail(),
            settings.instance()));
  }

  /** The message's attempts, first first. */
  public List<Attempt> attemptsOf(long messageId) {
    return em.createQuery(
            "select a from Attempt a where a.messageId = :m order by a.number, a.attemptedAt",
            Attempt.class)
        .setParameter("m", messageId)
        .getResultList();
  }

  /** A queued message whose time ran out before it could be sent. */
  public void expire(long messageId) {
    move(Guarded.EXPIRE_IN_BUNDLE)
        .setParameter("why", EXPIRED)
        .setParameter("id", messageId)
        .executeUpdate();
  }

  /** Expires the batch's unqueued messages whose expiry has passed. */
  public int expireOverdue(long batchId, Instant now) {
    return move(Guarded.EXPIRE_WAITING)
        .setParameter("why", EXPIRED)
        .setParameter("b", batchId)
        .setParameter("now", now)
        .executeUpdate();
  }

  /** A queued message that may not go yet: back out of its bundle, to be bundled when due. */
  public void postpone(long messageId) {
    move(Guarded.POSTPONE).setParameter("id", messageId).executeUpdate();
  }

  /**
   * Takes the messages of a bundle that were not sent out of it, back to pending, to be bundled
   * again when they may go (a throttled message system's mail, after the pause). A message left on
   * the wire by a server that died keeps the attempt it counted.
   */
  public int unbundle(long bundleId) {
    return move(Guarded.UNBUNDLE).setParameter("bundle", bundleId).executeUpdate();
  }

  /**
   * Adds a new message: one generated inline for an ad-hoc request, or a copy sending one again.
   */
  public void add(Message message) {
    em.persist(message);
  }

  /**
   * Forgets every message of batches whose history has run out; a copy that sent one of them again
   * no longer names it.
   */
  public void forget(List<Long> batchIds) {
    em.createQuery(
            "update Message m set m.resendOf = null where m.resendOf in"
                + " (select x.id from Message x where x.batchId in :batches)")
        .setParameter("batches", batchIds)
        .executeUpdate();
    em.createQuery("delete from Message m where m.batchId in :batches")
        .setParameter("batches", batchIds)
        .executeUpdate();
  }

  /** Removes every message of a batch that is to be generated anew (nothing of it was sent). */
  public int purge(long batchId) {
    return em.createQuery("delete from Message m where m.batchId = :b")
        .setParameter("b", batchId)
        .executeUpdate();
  }

  /** Every message of the batch that was not sent yet will not be. */
  public int cancelOpen(long batchId) {
    return move(Guarded.CANCEL).setParameter("b", batchId).executeUpdate();
  }

  private void sent(long messageId, Instant at) {
    move(Guarded.SEND).setParameter("at", at).setParameter("id", messageId).executeUpdate();
  }

  /** Deletes what a sent message said (subject and bodies); who got which Message-ID stays. */
  private void deleteContent(long messageId) {
    em.createQuery(
            "update Message m set m.subject = null, m.html = null, m.text = null"
                + " where m.id = :id and m.status = :sent")
        .setParameter("sent", MessageStatus.SENT)
        .setParameter("id", messageId)
        .executeUpdate();
  }

  private void dead(long messageId, String error) {
    move(Guarded.GIVE_UP)
        .setParameter("error", truncate(error))
        .setParameter("id", messageId)
        .executeUpdate();
  }

  private void retryLater(long messageId, String error, Instant at) {
    move(Guarded.RETRY_LATER)
        .setParameter("error", truncate(error))
        .setParameter("at", at)
        .setParameter("id", messageId)
        .executeUpdate();
  }

  private Query move(Guarded update) {
    return em.createQuery(update.jpql())
        .setParameter("to", update.transition().to())
        .setParameter("from", update.transition().from());
  }

  /**
   * The ledger's guarded updates, one for each way it changes a message's status: each sets the
   * transition's status (and {@code also}) where {@code which} holds and the message is in a status
   * the transition starts from. Their JPQL is made once, not for every message on the send loop.
   */
  private record Guarded(MessageTransition transition, String jpql) {
    static final Guarded QUEUE =
        of(MessageTransition.QUEUE, "m.bundleId = :bundle", "m.id in :ids");
    static final Guarded START_ATTEMPT =
        of(MessageTransition.START_ATTEMPT, "m.attempts = m.attempts + 1", "m.id = :id");
    static final Guarded SEND =
        of(
            MessageTransition.SEND,
            "m.sentAt = :at, m.lastError = null, m.nextAttemptAt = null",
            "m.id = :id");
    static final Guarded RETRY_LATER =
        of(
            MessageTransition.RETRY_LATER,
            "m.lastError = :error, m.nextAttemptAt = :at, m.bundleId = null",
            "m.id = :id");

    /** Waits out its message system's pause, the attempt not counted. */
    static final Guarded THROTTLED =
        of(
            MessageTransition.RETRY_LATER,
            "m.attempts = m.attempts - 1, m.lastError = :error, m.nextAttemptAt = :at,"
                + " m.bundleId = null",
            "m.id = :id");

    static final Guarded GIVE_UP =
        of(MessageTransition.GIVE_UP, "m.lastError = :error, m.nextAttemptAt = null", "m.id = :id");
    static final Guarded HOLD_FOR_REVIEW =
        of(
            MessageTransition.HOLD_FOR_REVIEW,
            "m.lastError = :why, m.bundleId = null",
            "m.id = :id");
    static final Guarded EXPIRE_IN_BUNDLE =
        of(MessageTransition.EXPIRE_IN_BUNDLE, "m.lastError = :why", "m.id = :id");
    static final Guarded EXPIRE_WAITING =
        of(
            MessageTransition.EXPIRE_WAITING,
            "m.lastError = :why, m.bundleId = null",
            "m.batchId = :b and m.bundleId is null and m.expiresAt < :now");
    static final Guarded POSTPONE =
        of(MessageTransition.POSTPONE, "m.bundleId = null", "m.id = :id");
    static final Guarded UNBUNDLE =
        of(MessageTransition.UNBUNDLE, "m.bundleId = null", "m.bundleId = :bundle");
    static final Guarded CANCEL =
        of(MessageTransition.CANCEL, "m.bundleId = null", "m.batchId = :b");

    private static Guarded of(MessageTransition transition, String also, String which) {
      return new Guarded(
          transition,
          "update Message m set m.status = :to, "
              + also
              + " where "
              + which
              + " and m.status in :from");
    }
  }

  private static String truncate(String s) {
    return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
  }
}
