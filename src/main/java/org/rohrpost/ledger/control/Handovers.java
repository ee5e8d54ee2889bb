package org.rohrpost.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.rohrpost.ledger.entity.Attempt;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.server.control.Database;
import org.rohrpost.server.control.ServerSettings;

/**
 * The send loop's write between two messages on one connection: how the previous message went (its
 * status, its attempt's log row) and that the next one is on the wire (one more attempt), committed
 * before the next message goes, so that a crash leaves at most that one message in doubt. The
 * handovers of every worker of this server that come in while one is being written are written
 * together ({@link GroupCommit}): one commit per group instead of one per message, each worker
 * still waiting for its own. In plain JDBC ({@link HandoverWriter}), never in a JTA transaction:
 * the connection's own transaction is this write's.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class Handovers {
  private static final Logger LOG = Logger.getLogger(Handovers.class.getName());

  /** The increment of {@code attempt_seq} and the allocation size of {@link Attempt}'s ids. */
  private static final int ATTEMPT_ID_BLOCK = 50;

  @Inject DataSource dataSource;
  @Inject RetrySettings retry;
  @Inject ServerSettings settings;
  @Inject Event<OutcomeRecorded> recorded;

  private final GroupCommit<Handover, Boolean> group = new GroupCommit<>(this::write);
  private final IdBlocks attemptIds = new IdBlocks("attempt_seq", ATTEMPT_ID_BLOCK);
  private volatile HandoverWriter writer;

  /**
   * Records how {@code previous} went (if not null) and puts {@code next} on the wire (if not
   * null); returns once that is committed, whether {@code next} may go: false when it is no longer
   * to be sent (its batch was cancelled meanwhile). Tells the observers of {@link OutcomeRecorded}.
   */
  public boolean handOver(Tried previous, Message next) {
    Finish finish = previous == null ? null : Finish.of(previous, Instant.now(), retry::policy);
    boolean started = group.commit(new Handover(finish, next == null ? null : next.id()));
    if (finish != null) {
      tell(finish.recorded());
    }
    return started;
  }

  /**
   * Tells the observers of an outcome that is committed (with no transaction here, those waiting
   * for success hear of it at once). An observer that fails cannot undo the record, nor may it make
   * the worker record the outcome again.
   */
  private void tell(OutcomeRecorded outcome) {
    try {
      recorded.fire(outcome);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "An observer of the outcome of message " + outcome.messageId() + " failed",
          e);
    }
  }

  private List<Boolean> write(List<Handover> handovers) {
    try (Connection connection = dataSource.getConnection()) {
      return writerFor(connection).write(connection, handovers);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Recording how " + handovers.size() + " messages went failed: " + e.getMessage(), e);
    }
  }

  /** Chosen at the first write: the database does not change under a running server. */
  private HandoverWriter writerFor(Connection connection) throws SQLException {
    if (writer == null) {
      boolean postgres = Database.isPostgres(connection);
      writer =
          postgres
              ? new PostgresHandoverWriter(attemptIds, settings.instance())
              : new BatchedHandoverWriter(attemptIds, settings.instance());
    }
    return writer;
  }
}
