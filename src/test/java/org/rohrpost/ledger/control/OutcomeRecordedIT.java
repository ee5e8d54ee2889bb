package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The seam of delivery events: an observer after success hears of an attempt's outcome once the
 * ledger's record of it is committed, and never of one rolled back. JTA as on a server, no server.
 */
@OnEveryDatabase
class OutcomeRecordedIT {
  private static TestDatabase db;
  private static JobsOnSe se;

  @BeforeAll
  static void start() throws Exception {
    db = new TestDatabase();
    se =
        new JobsOnSe(
            db,
            Ledger.class,
            RetrySettings.class,
            ServerSettings.class,
            Attempts.class,
            Committed.class);
    db.bulkClientWithSmtp();
    db.bulkBatch(TestMessages.BATCH_ID, "SENDING");
    db.messages(TestMessages.BATCH_ID, 2, "SENDING");
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
  void anObserverAfterSuccessHearsOfTheOutcomeOnceItIsCommitted() {
    Message message = TestMessages.message(1, "r1@example.org", "s", null, "t");

    attempts().finish(message, Outcome.sent(250, "2.0.0 queued"), false);

    assertThat(Committed.HEARD)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.messageId()).isEqualTo(1);
              assertThat(e.batchId()).isEqualTo(TestMessages.BATCH_ID);
              assertThat(e.attempt()).isEqualTo(1);
              assertThat(e.outcome().kind()).isEqualTo(Outcome.Kind.SENT);
            });
  }

  @Test
  void anOutcomeWhoseRecordIsRolledBackIsNeverHeardOf() {
    Message message = TestMessages.message(2, "r2@example.org", "s", null, "t");

    assertThatThrownBy(
            () -> attempts().finish(message, Outcome.temporary(451, "try later", false), true))
        .hasMessageContaining("rolled back");

    assertThat(Committed.HEARD).isEmpty();
  }

  private static Attempts attempts() {
    return CDI.current().select(Attempts.class).get();
  }

  /** Records an attempt's outcome in a transaction of its own, failing it on request. */
  @ApplicationScoped
  public static class Attempts {
    @Inject Ledger ledger;

    @Transactional
    public void finish(Message message, Outcome outcome, boolean fail) {
      ledger.finishAttempt(message, outcome, Instant.now(), false);
      if (fail) {
        throw new IllegalStateException("rolled back after the outcome was recorded");
      }
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
