package org.rohrpost.history.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.server.control.TestDatabase;

/**
 * Deleting old history on a real database (H2, or PostgreSQL in CI): only ended batches of clients
 * with a retention, only once it has passed, with everything that hangs on them.
 */
@OnEveryDatabase
class HistoryRetentionIT {
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final String LONG_AGO = "'2026-11-01 00:00:00+00'";
  private static final String RECENTLY = "'2026-11-30 09:30:00+00'";

  private static TestDatabase db;
  private static EntityManagerFactory jpa;

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

  @Test
  void endedBatchesOlderThanTheirClientsRetentionGoWithAllThatHangsOnThem() throws Exception {
    db.execute(client(1, "keeps-a-day", "86400"));
    db.execute(client(2, "keeps-for-ever", "null"));
    db.execute(batch(10, 1, "COMPLETED", LONG_AGO)); // goes
    db.execute(batch(11, 1, "CANCELLED", LONG_AGO)); // goes
    db.execute(batch(12, 1, "COMPLETED", RECENTLY)); // ended within the day
    db.execute(batch(13, 1, "PAUSED", LONG_AGO)); // not ended
    db.execute(batch(14, 2, "COMPLETED", LONG_AGO)); // its client keeps all
    db.execute(message(100, 10, "null"));
    db.execute(message(101, 12, "100")); // a resend, in a kept batch, of a message that goes
    db.execute(
        "insert into attempt (id, message_id, attempt_number, attempted_at, outcome, instance)"
            + " values (1000, 100, 1, current_timestamp, 'SENT', 'it')");
    db.execute(
        "insert into bundle (id, batch_id, client_id, queue_class, status, created_at,"
            + " message_count) values (500, 10, 1, 'NORMAL', 'DONE', current_timestamp, 1)");
    db.execute(
        "insert into communication (id, client_id, communication_key, message_system_id,"
            + " population_id, subject, text_body, queue_class, bypass_approval, created_at)"
            + " values (40, 1, 'c', 1, 30, 's', 't', 'NORMAL', false, current_timestamp)");
    db.execute(task(50, "10")); // the one-off schedule of a batch that goes
    db.execute(task(51, "null")); // a recurring schedule
    db.execute(
        "insert into task_run (id, task_id, due_at, status, fired_at, instance, batch_id)"
            + " values (60, 51, current_timestamp, 'FIRED', current_timestamp, 'it', 11)");

    assertThat(purge()).isEqualTo(2);

    assertThat(ids("select id from batch order by id")).containsExactly(12L, 13L, 14L);
    assertThat(ids("select id from message order by id")).containsExactly(101L);
    assertThat(ids("select count(*) from message where resend_of is not null")).containsExactly(0L);
    assertThat(ids("select count(*) from attempt")).containsExactly(0L);
    assertThat(ids("select count(*) from bundle")).containsExactly(0L);
    assertThat(ids("select id from scheduled_task")).containsExactly(51L);
    assertThat(ids("select count(*) from task_run where batch_id is null")).containsExactly(1L);
    assertThat(purge()).isZero();
  }

  private static int purge() throws ReflectiveOperationException {
    EntityManager em = jpa.createEntityManager();
    try {
      em.getTransaction().begin();
      HistoryRetention retention = new HistoryRetention();
      retention.em = em;
      retention.ledger = ledgerOver(em);
      int deleted = retention.purge(NOW);
      em.getTransaction().commit();
      return deleted;
    } finally {
      em.close();
    }
  }

  private static List<Long> ids(String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  private static String client(long id, String key, String retentionSeconds) {
    return "insert into client (id, client_key, name, queue_class, created_at,"
        + " history_retention_seconds) values ("
        + id
        + ", '"
        + key
        + "', 'c', 'NORMAL', current_timestamp, "
        + retentionSeconds
        + ");"
        + " insert into message_system (id, client_id, system_key, type, host, port, tls,"
        + " from_address, created_at) values ("
        + id
        + ", "
        + id
        + ", 'smtp', 'SMTP', 'localhost', 25, 'NONE', 'x@example.org', current_timestamp);"
        + " insert into population (id, client_id, population_key, size, invalid, created_at,"
        + " updated_at) values ("
        + (id + 29)
        + ", "
        + id
        + ", 'p', 0, 0, current_timestamp, current_timestamp)";
  }

  private static String batch(long id, long client, String status, String updatedAt) {
    return "insert into batch (id, client_id, message_system_id, queue_class, status, created_at,"
        + " updated_at) values ("
        + id
        + ", "
        + client
        + ", "
        + client
        + ", 'NORMAL', '"
        + status
        + "', timestamp with time zone "
        + updatedAt
        + ", timestamp with time zone "
        + updatedAt
        + ")";
  }

  private static String message(long id, long batch, String resendOf) {
    return "insert into message (id, batch_id, recipient, subject, status, attempts,"
        + " max_attempts, message_id, created_at, resend_of) values ("
        + id
        + ", "
        + batch
        + ", 'r"
        + id
        + "@example.org', 's', 'SENT', 1, 5, '<"
        + id
        + "@example.org>', current_timestamp, "
        + resendOf
        + ")";
  }

  private static String task(long id, String batch) {
    return "insert into scheduled_task (id, communication_id, batch_id, category, owner, enabled,"
        + " time_zone, run_at, misfire_policy, grace_seconds, effective_from, created_at,"
        + " updated_at) values ("
        + id
        + ", 40, "
        + batch
        + ", 'c', 'admin', true, 'UTC', current_timestamp, 'SKIP', 0, current_timestamp,"
        + " current_timestamp, current_timestamp)";
  }

  /** The ledger over the test's own entity manager, as the container would inject it. */
  private static Ledger ledgerOver(EntityManager em) throws ReflectiveOperationException {
    Ledger ledger = new Ledger();
    Field field = Ledger.class.getDeclaredField("em");
    field.setAccessible(true);
    field.set(ledger, em);
    return ledger;
  }
}
