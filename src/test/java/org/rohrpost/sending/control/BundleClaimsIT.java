package org.rohrpost.sending.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.server.control.TestDatabase;

/**
 * Which bundle a worker takes, on a real database (H2, or PostgreSQL in CI): clients in turn, each
 * client first in first out, only what may be sent now, never one bundle twice.
 */
@OnEveryDatabase
class BundleClaimsIT {
  private static final String ME = "server-1";
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  private static TestDatabase db;
  private static EntityManagerFactory jpa;
  private int nextId = 1000;

  @BeforeAll
  static void database() throws SQLException {
    db = new TestDatabase();
    jpa = db.jpa();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    jpa.close();
    db.close();
  }

  @BeforeEach
  @AfterEach
  void empty() throws SQLException {
    for (String table :
        List.of("queue_turn", "bundle", "batch", "message_system", "client", "pace")) {
      db.execute("delete from " + table);
    }
  }

  @Test
  void clientsTakeTurnsAndEachClientsBundlesGoInOrder() throws SQLException {
    Fixture a = client("a", QueueClass.BULK);
    Fixture b = client("b", QueueClass.BULK);
    List<Long> aBundles = a.bundles(4);
    List<Long> bBundles = b.bundles(2);

    List<Long> order = claimAll(QueueClass.BULK);

    assertThat(order)
        .containsExactly(
            aBundles.get(0),
            bBundles.get(0),
            aBundles.get(1),
            bBundles.get(1),
            aBundles.get(2),
            aBundles.get(3));
  }

  @Test
  void aClientThatComesLateGoesBeforeOneThatHasBeenServed() throws SQLException {
    Fixture big = client("big", QueueClass.BULK);
    big.bundles(10);
    claim(QueueClass.BULK, T0);
    claim(QueueClass.BULK, T0.plusSeconds(1));
    Fixture small = client("small", QueueClass.BULK);
    long smallOne = small.bundles(1).get(0);

    assertThat(claim(QueueClass.BULK, T0.plusSeconds(2))).contains(smallOne);
  }

  @Test
  void onlyBundlesThatMayBeSentNowAreTaken() throws SQLException {
    Fixture c = client("c", QueueClass.DEDICATED);
    c.bundle("PAUSED", null, null, null);
    c.bundle("COMPLETED", null, null, null);
    c.bundle("SENDING", "other-server", null, null);
    c.bundle("SENDING", null, "server-2", T0.plusSeconds(60));
    long leaseRanOut = c.bundle("SENDING", null, "server-2", T0.minusSeconds(1));
    long pinnedHere = c.bundle("WAITING", ME, null, null);
    Fixture throttled = client("throttled", QueueClass.DEDICATED);
    db.execute(
        "update message_system set throttled_until = timestamp with time zone"
            + " '2026-11-30 10:05:00+00' where id = "
            + throttled.system);
    throttled.bundle("SENDING", null, null, null);
    client("bulk", QueueClass.BULK).bundles(1);

    assertThat(claimAll(QueueClass.DEDICATED)).containsExactlyInAnyOrder(leaseRanOut, pinnedHere);
  }

  @Test
  void twoWorkersClaimingAtOnceNeverTakeTheSameBundle() throws Exception {
    Fixture a = client("a", QueueClass.NORMAL);
    List<Long> bundles = a.bundles(3);
    EntityManager first = jpa.createEntityManager();
    first.getTransaction().begin();
    Optional<Long> firstClaim =
        claims(first).claimNext(QueueClass.NORMAL, ME, T0, T0.plusSeconds(300));

    CompletableFuture<Optional<Long>> second =
        CompletableFuture.supplyAsync(() -> inTransaction(QueueClass.NORMAL, T0));
    Thread.sleep(200); // the second worker skips the locked bundle, then waits for the turn row
    first.getTransaction().commit();
    first.close();

    assertThat(firstClaim).contains(bundles.get(0));
    assertThat(second.get(20, TimeUnit.SECONDS)).contains(bundles.get(1));
  }

  private List<Long> claimAll(QueueClass queueClass) {
    List<Long> order = new ArrayList<>();
    Instant now = T0;
    for (Optional<Long> claimed = claim(queueClass, now);
        claimed.isPresent();
        claimed = claim(queueClass, now)) {
      order.add(claimed.get());
      now = now.plusMillis(10);
    }
    return order;
  }

  private Optional<Long> claim(QueueClass queueClass, Instant now) {
    return inTransaction(queueClass, now);
  }

  private static Optional<Long> inTransaction(QueueClass queueClass, Instant now) {
    EntityManager em = jpa.createEntityManager();
    try {
      em.getTransaction().begin();
      Optional<Long> claimed = claims(em).claimNext(queueClass, ME, now, now.plusSeconds(300));
      em.getTransaction().commit();
      return claimed;
    } finally {
      em.close();
    }
  }

  private static BundleClaims claims(EntityManager em) {
    BundleClaims claims = new BundleClaims();
    claims.em = em;
    return claims;
  }

  private Fixture client(String key, QueueClass queueClass) throws SQLException {
    long client = nextId++;
    long system = nextId++;
    db.execute(
        "insert into client (id, client_key, name, queue_class, created_at) values ("
            + client
            + ", '"
            + key
            + "', '"
            + key
            + "', '"
            + queueClass
            + "', current_timestamp)");
    db.execute(
        "insert into message_system (id, client_id, system_key, type, host, port, tls,"
            + " from_address, created_at) values ("
            + system
            + ", "
            + client
            + ", 'smtp', 'SMTP', 'localhost', 25, 'NONE', 'x@example.org', current_timestamp)");
    db.execute(
        "insert into queue_turn (client_id, queue_class, served_at) values ("
            + client
            + ", '"
            + queueClass
            + "', timestamp with time zone '1970-01-01 00:00:00+00')");
    return new Fixture(client, system, queueClass);
  }

  /** A client with a message system; makes batches with one bundle each. */
  private final class Fixture {
    final long client;
    final long system;
    final QueueClass queueClass;

    Fixture(long client, long system, QueueClass queueClass) {
      this.client = client;
      this.system = system;
      this.queueClass = queueClass;
    }

    List<Long> bundles(int n) throws SQLException {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(bundle("SENDING", null, null, null));
      }
      return ids;
    }

    /** A bundle of a new batch in that status, pinned to a server or not, held or not. */
    long bundle(String batchStatus, String server, String owner, Instant leaseUntil)
        throws SQLException {
      long batch = nextId++;
      long bundle = nextId++;
      db.execute(
          "insert into batch (id, client_id, message_system_id, queue_class, status, created_at,"
              + " updated_at) values ("
              + batch
              + ", "
              + client
              + ", "
              + system
              + ", '"
              + queueClass
              + "', '"
              + batchStatus
              + "', current_timestamp, current_timestamp)");
      db.execute(
          "insert into bundle (id, batch_id, client_id, queue_class, status, owner, lease_until,"
              + " created_at, signalled_at, message_count, server) values ("
              + bundle
              + ", "
              + batch
              + ", "
              + client
              + ", '"
              + queueClass
              + "', 'QUEUED', "
              + quoted(owner)
              + ", "
              + (leaseUntil == null
                  ? "null"
                  : "timestamp with time zone '"
                      + leaseUntil.toString().replace('T', ' ').replace("Z", "+00")
                      + "'")
              + ", current_timestamp, current_timestamp, 50, "
              + quoted(server)
              + ")");
      return bundle;
    }
  }

  private static String quoted(String s) {
    return s == null ? "null" : "'" + s + "'";
  }
}
