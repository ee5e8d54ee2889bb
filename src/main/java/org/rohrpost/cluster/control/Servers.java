package org.rohrpost.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.rohrpost.client.control.ClientScope;
import org.rohrpost.cluster.entity.ServerSeen;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.sending.entity.BundleStatus;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.server.control.SharedRows;
import org.rohrpost.validation.control.FieldErrors;

/**
 * The servers sharing the database: each says it is alive every few seconds; the work a server that
 * is gone still holds can be moved at once instead of waiting for its leases to run out (the
 * "migration list" of the domain).
 */
@ApplicationScoped
public class Servers {
  private final Instant startedAt = Instant.now();

  @PersistenceContext EntityManager em;
  @Inject ServerSettings settings;
  @Inject SharedRows rows;
  @Inject ClientScope scope;

  /** This server is alive. */
  @Transactional
  public void heartbeat() {
    Instant now = Instant.now();
    rows.ensure(
            ServerSeen.class,
            settings.instance(),
            () -> new ServerSeen(settings.instance(), startedAt))
        .seen(startedAt, now);
  }

  public List<ServerSeen> all() {
    return em.createQuery("select s from ServerSeen s order by s.instance", ServerSeen.class)
        .getResultList();
  }

  /** How many bundles and batches the server holds now. */
  public record Held(long bundles, long batches) {}

  public Held heldBy(String instance) {
    return new Held(
        em.createQuery("select count(b) from Bundle b where b.owner = :s", Long.class)
            .setParameter("s", instance)
            .getSingleResult(),
        em.createQuery("select count(b) from Batch b where b.workOwner = :s", Long.class)
            .setParameter("s", instance)
            .getSingleResult());
  }

  /** What a move did. */
  public record Moved(int bundlesReleased, int bundlesRepinned, int batchesReleased) {}

  /**
   * Moves the work of server {@code from}, which must be gone: its bundles and its batches'
   * background work are let go at once (any server takes them), and its queued bundles pinned to it
   * go to {@code to}, which must be alive. Every client's work moves, so a user of one client may
   * not. The signals for them are the caller's to send.
   */
  @Transactional
  public Moved move(String from, String to) {
    scope.requireEveryClient("act on servers");
    Instant now = Instant.now();
    FieldErrors errors = new FieldErrors();
    if (errors.required("to", to)) {
      errors.check(!to.equals(from), "to", "must be another server than " + from);
      errors.maxLength("to", to, 255);
      errors.singleLine("to", to);
    }
    errors.throwIfAny();
    ServerSeen server = em.find(ServerSeen.class, from);
    if (server == null) {
      throw new NotFoundException("Server", from);
    }
    if (server.isAliveAt(now)) {
      throw new ConflictException(
          "Server '"
              + from
              + "' is alive (seen at "
              + server.seenAt()
              + "); only the work of a server that is gone can be moved.");
    }
    ServerSeen target = em.find(ServerSeen.class, to);
    errors.check(target != null && target.isAliveAt(now), "to", "is not a server that is alive");
    errors.throwIfAny();
    int released =
        em.createQuery(
                "update Bundle b set b.owner = null, b.leaseUntil = null where b.owner = :from")
            .setParameter("from", from)
            .executeUpdate();
    int repinned =
        em.createQuery(
                "update Bundle b set b.server = :to where b.server = :from and b.status = :queued")
            .setParameter("to", to)
            .setParameter("from", from)
            .setParameter("queued", BundleStatus.QUEUED)
            .executeUpdate();
    int batches =
        em.createQuery(
                "update Batch b set b.workOwner = null, b.workLeaseUntil = null"
                    + " where b.workOwner = :from")
            .setParameter("from", from)
            .executeUpdate();
    return new Moved(released, repinned, batches);
  }
}
