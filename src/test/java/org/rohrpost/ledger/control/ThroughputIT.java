package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.server.control.TestDatabase;

/**
 * Messages sent per bucket, counted by a real database (H2, or PostgreSQL in CI): empty buckets
 * between are shown, unsent messages and other batches are not counted.
 */
@OnEveryDatabase
class ThroughputIT {
  private static TestDatabase db;
  private static EntityManagerFactory jpa;

  @BeforeAll
  static void database() throws SQLException {
    db = new TestDatabase();
    jpa = db.jpa();
    db.execute(
        "insert into client (id, client_key, name, queue_class, created_at) values"
            + " (1, 'c', 'c', 'NORMAL', current_timestamp);"
            + " insert into message_system (id, client_id, system_key, type, host, port, tls,"
            + " from_address, created_at) values (1, 1, 'smtp', 'SMTP', 'localhost', 25, 'NONE',"
            + " 'x@example.org', current_timestamp)");
    for (long batch : new long[] {10, 11, 12}) {
      db.execute(
          "insert into batch (id, client_id, message_system_id, queue_class, status, created_at,"
              + " updated_at) values ("
              + batch
              + ", 1, 1, 'NORMAL', 'COMPLETED', current_timestamp, current_timestamp)");
    }
    message(100, 10, "'2026-11-30 10:00:01+00'");
    message(101, 10, "'2026-11-30 10:00:09+00'");
    message(102, 10, "'2026-11-30 10:00:31+00'");
    message(103, 10, "null"); // not sent
    message(104, 11, "'2026-11-30 10:00:02+00'"); // another batch
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    jpa.close();
    db.close();
  }

  @Test
  void sentMessagesAreCountedPerTenSecondsFromTheFirstToTheLast() {
    Throughput.Chart chart = chart(10);

    assertThat(chart.bucket()).isEqualTo(Duration.ofSeconds(10));
    assertThat(chart.bars()).extracting(Throughput.Bar::sent).containsExactly(2L, 0L, 0L, 1L);
    assertThat(chart.bars().get(0).start()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    assertThat(chart.max()).isEqualTo(2);
    assertThat(chart.total()).isEqualTo(3);
  }

  @Test
  void aBatchWithNothingSentHasNoBars() {
    assertThat(chart(12).bars()).isEmpty();
  }

  @Test
  void aLongSpanGetsWiderBuckets() {
    assertThat(Throughput.width(0)).isEqualTo(10);
    assertThat(Throughput.width(599)).isEqualTo(10);
    assertThat(Throughput.width(600)).isEqualTo(30);
    assertThat(Throughput.width(3 * 3600)).isEqualTo(300);
  }

  private static Throughput.Chart chart(long batch) {
    EntityManager em = jpa.createEntityManager();
    try {
      Throughput throughput = new Throughput();
      throughput.em = em;
      return throughput.of(batch);
    } finally {
      em.close();
    }
  }

  private static void message(long id, long batch, String sentAt) throws SQLException {
    db.execute(
        "insert into message (id, batch_id, recipient, subject, status, attempts, max_attempts,"
            + " message_id, created_at, sent_at) values ("
            + id
            + ", "
            + batch
            + ", 'r"
            + id
            + "@example.org', 's', "
            + ("null".equals(sentAt) ? "'PENDING'" : "'SENT'")
            + ", 1, 5, '<"
            + id
            + "@example.org>', current_timestamp, "
            + ("null".equals(sentAt) ? "null" : "timestamp with time zone " + sentAt)
            + ")");
  }
}
