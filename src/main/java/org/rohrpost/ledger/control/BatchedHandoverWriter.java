package org.rohrpost.ledger.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.ledger.entity.Attempt;
import org.rohrpost.ledger.entity.MessageStatus;

/**
 * Writes a group of handovers in JDBC batches (the attempts' rows, the ends, the starts) in one
 * transaction: for any database, and the embedded one's way, where a statement costs no round trip.
 */
final class BatchedHandoverWriter implements HandoverWriter {
  private static final String LOG_ATTEMPT =
      "insert into attempt (id, message_id, attempt_number, attempted_at, outcome, reply_code,"
          + " enhanced_status, reply, instance) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FINISH =
      "update message set status = ?, sent_at = coalesce(?, sent_at), last_error = ?,"
          + " next_attempt_at = ?, bundle_id = case when ? then null else bundle_id end,"
          + " subject = case when ? then null else subject end,"
          + " html_body = case when ? then null else html_body end,"
          + " text_body = case when ? then null else text_body end"
          + " where id = ? and status in ("
          + HandoverWriter.finishableStatuses()
          + ")";
  private static final String START_ATTEMPT =
      "update message set status = '"
          + MessageStatus.SENDING
          + "', attempts = attempts + 1 where id = ? and status in ("
          + HandoverWriter.startableStatuses()
          + ")";

  private final IdBlocks attemptIds;
  private final String instance;

  BatchedHandoverWriter(IdBlocks attemptIds, String instance) {
    this.attemptIds = attemptIds;
    this.instance = instance;
  }

  @Override
  public List<Boolean> write(Connection connection, List<Handover> group) throws SQLException {
    connection.setAutoCommit(false);
    try {
      List<Finish> finishes = group.stream().map(Handover::finish).filter(f -> f != null).toList();
      if (!finishes.isEmpty()) {
        logAttempts(connection, finishes);
        finish(connection, finishes);
      }
      List<Boolean> started = start(connection, group);
      connection.commit();
      return started;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private void logAttempts(Connection connection, List<Finish> finishes) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(LOG_ATTEMPT)) {
      for (Finish finish : finishes) {
        Outcome outcome = finish.tried().outcome();
        insert.setLong(1, attemptIds.next(connection));
        insert.setLong(2, finish.messageId());
        insert.setInt(3, finish.attempt());
        insert.setObject(4, timestamp(finish.at()));
        insert.setString(5, outcome.kind().name());
        if (outcome.replyCode() < 0) {
          insert.setNull(6, Types.INTEGER);
        } else {
          insert.setInt(6, outcome.replyCode());
        }
        insert.setString(7, outcome.enhancedStatus());
        insert.setString(8, Attempt.kept(outcome.detail()));
        insert.setString(9, instance);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void finish(Connection connection, List<Finish> finishes) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(FINISH)) {
      for (Finish finish : finishes) {
        update.setString(1, finish.status().name());
        update.setObject(2, timestamp(finish.sentAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        update.setString(3, finish.error());
        update.setObject(4, timestamp(finish.nextAttemptAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        update.setBoolean(5, finish.leavesBundle());
        update.setBoolean(6, finish.deleteContent());
        update.setBoolean(7, finish.deleteContent());
        update.setBoolean(8, finish.deleteContent());
        update.setLong(9, finish.messageId());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static List<Boolean> start(Connection connection, List<Handover> group)
      throws SQLException {
    List<Boolean> started = new ArrayList<>(group.size());
    if (group.stream().allMatch(h -> h.next() == null)) {
      group.forEach(h -> started.add(false));
      return started;
    }
    int[] counts;
    try (PreparedStatement update = connection.prepareStatement(START_ATTEMPT)) {
      for (Handover handover : group) {
        if (handover.next() != null) {
          update.setLong(1, handover.next());
          update.addBatch();
        }
      }
      counts = update.executeBatch();
    }
    int i = 0;
    for (Handover handover : group) {
      started.add(handover.next() != null && counts[i++] == 1);
    }
    return started;
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
