package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.channel.control.TestMessages;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.server.control.JobsOnSe;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.server.control.TestDatabase;

/**
 * The send loop's write between two messages, on each database: the previous message's status and
 * attempt row, the next message on the wire, both committed before the call returns, for every
 * outcome; several workers at once; and the seam of delivery events, which hear of an outcome once
 * it is committed and never of one that could not be.
 */
@OnEveryDatabase
class HandoversIT {
  private static final int MESSAGES = 100;
  private static TestDatabase db;
  private static JobsOnSe se;

  @BeforeAll
  static void start() throws Exception {
    db = new TestDatabase();
    Sources.dataSource = db.dataSource;
    se =
        new JobsOnSe(
            db,
            Handovers.class,
            RetrySettings.class,
            ServerSettings.class,
            Sources.class,
            Committed.class);
    db.bulkClientWithSmtp();
    db.bulkBatch(TestMessages.BATCH_ID, "SENDING");
    db.messages(TestMessages.BATCH_ID, MESSAGES, "QUEUED");
    db.execute("update message set bundle_id = 7");
  }

  @AfterAll
  static void stop() throws Exception {
    se.close();
    db.close();
  }

  @BeforeEach
  void nothingHeardYet() {
    Committed.HEARD.clear();
  }

  @Test
  void aMessageGoesOnTheWireWithOneMoreAttempt() throws SQLException {
    assertThat(handovers().handOver(null, message(1))).isTrue();

    assertThat(row(1, "status, attempts")).isEqualTo("SENDING 1");
    assertThat(Committed.HEARD).isEmpty();
  }

  @Test
  void thePreviousMessagesResultAndTheNextOneOnTheWireAreWrittenTogether() throws SQLException {
    handovers().handOver(null, message(2));

    boolean next =
        handovers()
            .handOver(tried(2, Outcome.sent(250, "250 2.0.0 Ok: queued"), false), message(3));

    assertThat(next).isTrue();
    assertThat(row(2, "status, sent_at is not null, subject")).isEqualTo("SENT TRUE s");
    assertThat(
            query(
                "select attempt_number, outcome, reply_code, enhanced_status, reply, instance"
                    + " from attempt where message_id = 2"))
        .containsExactly(
            "1 SENT 250 2.0.0 250 2.0.0 Ok: queued "
                + CDI.current().select(ServerSettings.class).get().instance());
    assertThat(row(3, "status, attempts")).isEqualTo("SENDING 1");
    assertThat(Committed.HEARD)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.messageId()).isEqualTo(2);
              assertThat(e.batchId()).isEqualTo(TestMessages.BATCH_ID);
              assertThat(e.attempt()).isEqualTo(1);
              assertThat(e.outcome().kind()).isEqualTo(Outcome.Kind.SENT);
            });
  }

  @Test
  void aMessageNoLongerToBeSentDoesNotGo() throws SQLException {
    db.execute("update message set status = 'CANCELLED' where id = 4");

    assertThat(handovers().handOver(null, message(4))).isFalse();

    assertThat(row(4, "status, attempts")).isEqualTo("CANCELLED 0");
  }

  @Test
  void aRefusalForNowIsTriedLaterOutOfItsBundle() throws SQLException {
    handovers().handOver(null, message(5));

    handovers().handOver(tried(5, Outcome.temporary(451, "451 4.3.0 busy", false), false), null);

    assertThat(row(5, "status, next_attempt_at is not null, bundle_id, last_error"))
        .isEqualTo("FAILED TRUE null 451 4.3.0 busy");
  }

  @Test
  void aRefusalForGoodEndsTheMessage() throws SQLException {
    handovers().handOver(null, message(6));

    handovers().handOver(tried(6, Outcome.permanent(550, "550 5.1.1 no such user"), false), null);

    assertThat(row(6, "status, next_attempt_at, bundle_id, last_error"))
        .isEqualTo("DEAD null 7 550 5.1.1 no such user");
  }

  @Test
  void theContentOfASentMessageGoesWhenItsClientSaysSo() throws SQLException {
    handovers().handOver(null, message(8));

    handovers().handOver(tried(8, Outcome.sent(250, "ok"), true), null);

    assertThat(row(8, "status, subject, message_id")).isEqualTo("SENT null <8@example.org>");
  }

  @Test
  void anOutcomeThatCannotBeRecordedIsNeverHeardOf() {
    assertThatThrownBy(
            () -> handovers().handOver(tried(MESSAGES + 1, Outcome.sent(250, "ok"), false), null))
        .hasMessageContaining("Recording how 1 messages went failed");

    assertThat(Committed.HEARD).isEmpty();
  }

  @Test
  void workersHandingOverAtOnceEachGetTheirOwnAnswer() throws Exception {
    int workers = 4;
    int first = 20;
    int each = (MESSAGES - first) / workers;
    db.execute(
        "update message set status = 'CANCELLED' where id > " + first + " and mod(id, 5) = 0");
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int from = first + 1 + w * each;
        sent.add(pool.submit(() -> sendInTurn(from, from + each)));
      }
      int total = 0;
      for (Future<Integer> worker : sent) {
        total += worker.get();
      }
      assertThat(total).isEqualTo(each * workers * 4 / 5);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            query(
                "select status, count(*) from message where id > "
                    + first
                    + " group by status order by status"))
        .containsExactly("CANCELLED " + each * workers / 5, "SENT " + each * workers * 4 / 5);
    assertThat(query("select count(*) from attempt where message_id > " + first))
        .containsExactly(Integer.toString(each * workers * 4 / 5));
  }

  /** A worker's loop: each message that may go goes, its result recorded as the next one starts. */
  private static int sendInTurn(int from, int to) {
    Tried previous = null;
    int sent = 0;
    for (int id = from; id < to; id++) {
      if (handovers().handOver(previous, message(id))) {
        previous = tried(id, Outcome.sent(250, "ok"), false);
        sent++;
      } else {
        previous = null;
      }
    }
    handovers().handOver(previous, null);
    return sent;
  }

  private static Message message(long id) {
    return TestMessages.message(id, "r" + id + "@example.org", "s", null, "t");
  }

  private static Tried tried(long id, Outcome outcome, boolean deleteOnSuccess) {
    return new Tried(message(id), outcome, deleteOnSuccess);
  }

  private static Handovers handovers() {
    return CDI.current().select(Handovers.class).get();
  }

  private static String row(long id, String columns) throws SQLException {
    return query("select " + columns + " from message where id = " + id).get(0);
  }

  /** Each row of the result as its columns' values joined by spaces. */
  private static List<String> query(String sql) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      List<String> result = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = rows.getObject(i);
          values.add(
              value instanceof Boolean b ? b.toString().toUpperCase() : String.valueOf(value));
        }
        result.add(String.join(" ", values));
      }
      return result;
    }
  }

  /** What the server's data source is to the controls: the test database. */
  @ApplicationScoped
  public static class Sources {
    static volatile DataSource dataSource;

    @Produces
    DataSource dataSource() {
      return dataSource;
    }
  }

  /** An observer such as delivery events will have. */
  @ApplicationScoped
  public static class Committed {
    static final List<OutcomeRecorded> HEARD = new CopyOnWriteArrayList<>();

    void heard(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomeRecorded event) {
      HEARD.add(event);
    }
  }
}
