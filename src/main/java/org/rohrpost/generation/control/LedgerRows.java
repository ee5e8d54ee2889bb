package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;

/**
 * Writes generated messages into the ledger in one JDBC batch. A recipient the batch already has a
 * row for (a chunk written again after a crash) is left as it is: one row per recipient, always.
 * PostgreSQL skips such rows itself ({@code on conflict do nothing}); elsewhere they are looked up
 * first. Ids come in blocks from {@code message_seq}, the way the JPA mapping of {@link Message}
 * takes them.
 */
@ApplicationScoped
public class LedgerRows {
  /** The increment of {@code message_seq} and the allocation size of {@link Message}'s ids. */
  static final int ID_BLOCK = 500;

  private static final String INSERT =
      "insert into message (id, batch_id, recipient, recipient_name, subject, html_body,"
          + " text_body, status, attempts, max_attempts, last_error, message_id, created_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)";
  private static final String SKIP_CONFLICTS = " on conflict (batch_id, recipient) do nothing";

  @Inject DataSource dataSource;
  private volatile Boolean postgres;

  /**
   * Inserts the rows not yet in the ledger, and moves the batch's checkpoint (the position it holds
   * messages through) to the last of them, in the same transaction. Only the batch's own running
   * generation ({@code executionId}) writes: a job that a pause stopped, whose chunk comes late,
   * writes nothing after the resume has purged the ledger and started over.
   */
  public void insert(GenerationPlan plan, long executionId, List<LedgerRow> rows) {
    try (Connection connection = dataSource.getConnection()) {
      ensureStillGenerating(connection, plan.batchId(), executionId);
      boolean onPostgres = isPostgres(connection);
      Set<String> existing = onPostgres ? Set.of() : existing(connection, plan.batchId(), rows);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      boolean any = false;
      long nextId = 0;
      long blockEnd = -1;
      try (PreparedStatement insert =
          connection.prepareStatement(onPostgres ? INSERT + SKIP_CONFLICTS : INSERT)) {
        for (LedgerRow row : rows) {
          if (existing.contains(row.recipient().email())) {
            continue;
          }
          if (nextId > blockEnd) {
            blockEnd = nextIdBlock(connection);
            nextId = blockEnd - ID_BLOCK + 1;
          }
          bind(insert, nextId++, plan, row, now);
          insert.addBatch();
          any = true;
        }
        if (any) {
          insert.executeBatch();
        }
      }
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

  private static void bind(
      PreparedStatement insert, long id, GenerationPlan plan, LedgerRow row, OffsetDateTime now)
      throws SQLException {
    Message.Rendered rendered = row.rendered();
    insert.setLong(1, id);
    insert.setLong(2, plan.batchId());
    insert.setString(3, row.recipient().email());
    insert.setString(4, row.recipient().name());
    insert.setString(5, rendered.subject());
    setText(insert, 6, rendered.html());
    setText(insert, 7, rendered.text());
    insert.setString(
        8, (row.skipReason() == null ? MessageStatus.PENDING : MessageStatus.SKIPPED).name());
    insert.setInt(9, plan.delivery().maxAttempts());
    insert.setString(10, row.skipReason());
    insert.setString(11, Message.newMessageId(plan.delivery().messageIdDomain()));
    insert.setObject(12, now);
  }

  private static void setText(PreparedStatement insert, int index, String value)
      throws SQLException {
    if (value == null) {
      insert.setNull(index, Types.VARCHAR);
    } else {
      insert.setString(index, value);
    }
  }

  private static Set<String> existing(Connection connection, long batchId, List<LedgerRow> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
    try (PreparedStatement select =
        connection.prepareStatement(
            "select recipient from message where batch_id = ? and recipient in (" + marks + ")")) {
      select.setLong(1, batchId);
      for (int i = 0; i < rows.size(); i++) {
        select.setString(i + 2, rows.get(i).recipient().email());
      }
      Set<String> found = new HashSet<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          found.add(row.getString(1));
        }
      }
      return found;
    }
  }

  /** Asked of the first connection only: the database does not change under a running server. */
  private boolean isPostgres(Connection connection) throws SQLException {
    if (postgres == null) {
      postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
    return postgres;
  }

  /** The last id of a fresh block of {@value #ID_BLOCK}. */
  private static long nextIdBlock(Connection connection) throws SQLException {
    try (PreparedStatement next = connection.prepareStatement("select nextval('message_seq')");
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
