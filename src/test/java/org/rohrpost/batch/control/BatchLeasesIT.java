package org.rohrpost.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.server.control.TestDatabase;

/** Leases on batch work between two servers, on a real database (H2, or PostgreSQL in CI). */
@OnEveryDatabase
class BatchLeasesIT {
  private static TestDatabase db;
  private static EntityManagerFactory jpa;

  @BeforeAll
  static void database() throws SQLException {
    db = new TestDatabase();
    jpa = db.jpa();
    db.execute(
        "insert into client (id, client_key, name, queue_class, created_at) values"
            + " (1, 'c', 'c', 'NORMAL', current_timestamp)");
    db.execute(
        "insert into message_system (id, client_id, system_key, type, host, port, tls,"
            + " from_address, created_at) values (1, 1, 's', 'SMTP', 'h', 25, 'NONE',"
            + " 'x@example.org', current_timestamp)");
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    jpa.close();
    db.close();
  }

  @BeforeEach
  void oneGeneratingBatch() throws SQLException {
    db.execute("delete from batch");
    db.execute(
        "insert into batch (id, client_id, message_system_id, queue_class, status, created_at,"
            + " updated_at) values (10, 1, 1, 'NORMAL', 'GENERATING', current_timestamp,"
            + " current_timestamp)");
  }

  @Test
  void aBatchsWorkIsHeldByOneServerUntilItsLeaseRunsOut() throws SQLException {
    BatchLeases a = leases("server-a", Duration.ofMinutes(5));
    BatchLeases b = leases("server-b", Duration.ofMinutes(5));

    assertThat(take(a)).isTrue();
    assertThat(take(b)).isFalse();
    assertThat(heldElsewhere(b)).isTrue();
    assertThat(heldElsewhere(a)).isFalse();
    assertThat(orphaned(b)).isEmpty();

    db.execute(
        "update batch set work_lease_until = timestamp with time zone '2020-01-01 00:00:00+00'");
    assertThat(orphaned(b)).containsExactly(10L);
    assertThat(take(b)).isTrue();
    assertThat(b.holds(10)).isTrue();
  }

  @Test
  void aServerTakesItsOwnWorkOfAPreviousRunAtOnceAndLetsGoOfItsOwnEndedWork() {
    BatchLeases previousRun = leases("server-a", Duration.ofMinutes(5));
    assertThat(take(previousRun)).isTrue();
    BatchLeases otherServer = leases("server-b", Duration.ofMinutes(5));
    BatchLeases thisRun = leases("server-a", Duration.ofMinutes(5));

    assertThat(take(otherServer)).isFalse();
    assertThat(orphaned(thisRun)).containsExactly(10L);
    assertThat(take(thisRun)).isTrue();

    inTransaction(
        thisRun,
        l -> {
          l.release(10);
          return null;
        });
    assertThat(thisRun.holds(10)).isFalse();
    assertThat(take(otherServer)).isTrue();
  }

  private static BatchLeases leases(String instance, Duration lease) {
    BatchLeases leases = new BatchLeases();
    leases.settings =
        new ServerSettings() {
          @Override
          public String instance() {
            return instance;
          }

          @Override
          public Duration lease() {
            return lease;
          }
        };
    return leases;
  }

  private static boolean take(BatchLeases leases) {
    return inTransaction(leases, l -> l.take(10));
  }

  private static boolean heldElsewhere(BatchLeases leases) {
    return inTransaction(leases, l -> l.heldElsewhere(10));
  }

  private static List<Long> orphaned(BatchLeases leases) {
    return inTransaction(leases, l -> l.orphaned(List.of(BatchStatus.GENERATING)));
  }

  private static <T> T inTransaction(BatchLeases leases, Function<BatchLeases, T> work) {
    EntityManager em = jpa.createEntityManager();
    try {
      em.getTransaction().begin();
      leases.em = em;
      T result = work.apply(leases);
      em.getTransaction().commit();
      return result;
    } finally {
      em.close();
    }
  }
}
