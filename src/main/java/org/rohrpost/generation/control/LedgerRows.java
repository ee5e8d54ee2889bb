package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.ledger.control.MessageRows;

/**
 * Writes a chunk of generated messages into the ledger ({@link MessageRows}) and moves the batch's
 * checkpoint in the same transaction, so that a generation restarted after a crash goes on where
 * its last chunk ended.
 */
@ApplicationScoped
public class LedgerRows {
  @Inject DataSource dataSource;
  @Inject MessageRows messageRows;

  /**
   * Inserts the rows not yet in the ledger, and moves the batch's checkpoint (the position it holds
   * messages through) to the last of them, in the same transaction. Only the batch's own running
   * generation ({@code executionId}) writes: a job that a pause stopped, whose chunk comes late,
   * writes nothing after the resume has purged the ledger and started over.
   */
  public void insert(GenerationPlan plan, long executionId, List<LedgerRow> rows) {
    try (Connection connection = dataSource.getConnection()) {
      ensureStillGenerating(connection, plan.batchId(), executionId);
      messageRows.insert(
          connection,
          plan.batchId(),
          plan.delivery(),
          rows.stream().map(LedgerRow::message).toList());
      checkpoint(connection, plan.batchId(), rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write ledger rows of batch " + plan.batchId(), e);
    }
  }

  /**
   * Locks the batch's row for this chunk (a pause or resume waits for it) and refuses a chunk of a
   * generation that is no longer the batch's: paused, resumed, or taken over by another execution.
   */
  private static void ensureStillGenerating(Connection connection, long batchId, long executionId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select status, job_execution_id from batch where id = ? for update")) {
      select.setLong(1, batchId);
      try (ResultSet row = select.executeQuery()) {
        String status = row.next() ? row.getString(1) : null;
        Long execution = status == null ? null : (Long) row.getObject(2, Long.class);
        boolean generating =
            BatchStatus.GENERATING.name().equals(status)
                || BatchStatus.GENERATING_ADHOC.name().equals(status);
        if (!generating || (execution != null && execution != executionId)) {
          throw new IllegalStateException(
              "Generation "
                  + executionId
                  + " of batch "
                  + batchId
                  + " no longer writes: the batch is "
                  + (status == null ? "gone" : status)
                  + (execution == null ? "" : " with generation " + execution));
        }
      }
    }
  }

  /** A generation that starts over (a resume from a pause in generation) starts at position 0. */
  public void forgetCheckpoint(long batchId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("update batch set generated_through = 0 where id = ?")) {
      update.setLong(1, batchId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset the checkpoint of batch " + batchId, e);
    }
  }

  private static void checkpoint(Connection connection, long batchId, List<LedgerRow> rows)
      throws SQLException {
    int through = rows.stream().mapToInt(LedgerRow::position).max().orElse(0);
    try (PreparedStatement update =
        connection.prepareStatement(
            "update batch set generated_through = ? where id = ? and generated_through < ?")) {
      update.setInt(1, through);
      update.setLong(2, batchId);
      update.setInt(3, through);
      update.executeUpdate();
    }
  }
}
