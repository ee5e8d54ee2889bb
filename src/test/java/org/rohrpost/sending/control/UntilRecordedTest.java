package org.rohrpost.sending.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class UntilRecordedTest {
  private final AtomicLong clock = new AtomicLong();
  private final UntilRecorded untilRecorded =
      new UntilRecorded(Duration.ofSeconds(10), 1, clock::get);

  @Test
  void aStepFailingOnTheDatabaseIsTriedAgainUntilItSucceeds() {
    AtomicInteger tries = new AtomicInteger();
    String result =
        untilRecorded.record(
            () -> {
              if (tries.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("connection closed", "08006"));
              }
              return "recorded";
            });
    assertThat(result).isEqualTo("recorded");
    assertThat(tries).hasValue(3);
  }

  @Test
  void aFailureThatNamesNoSqlErrorIsTriedAgainToo() {
    // what the pool threw in DatabaseRestartIT as PostgreSQL came back: no SQLException among
    // causes
    AtomicInteger tries = new AtomicInteger();
    String result =
        untilRecorded.record(
            () -> {
              if (tries.incrementAndGet() < 2) {
                throw new RuntimeException(
                    "Got exception during XAResource.start:",
                    new XAException("PoolingException: This connection has been closed."));
              }
              return "recorded";
            });
    assertThat(result).isEqualTo("recorded");
    assertThat(tries).hasValue(2);
  }

  @Test
  void theDatabaseAwayLongerThanThePatienceFailsTheStep() {
    AtomicInteger tries = new AtomicInteger();
    assertThatThrownBy(
            () ->
                untilRecorded.record(
                    () -> {
                      tries.incrementAndGet();
                      clock.addAndGet(Duration.ofSeconds(4).toNanos());
                      throw new PersistenceException("database away");
                    }))
        .isInstanceOf(PersistenceException.class);
    assertThat(tries).hasValue(3); // at 4 s and 8 s within the patience of 10 s, at 12 s past it
  }
}
