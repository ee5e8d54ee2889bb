package org.rohrpost.ledger.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rohrpost.ledger.entity.Attempt;
import org.rohrpost.ledger.entity.MessageStatus;

/**
 * Writes a group of handovers in one statement that commits itself: the parts of one {@code with}
 * end the finished attempts, log them and start the next messages, each part reading its rows from
 * arrays. On PostgreSQL a round trip costs more than what the statement does (five of them were
 * most of a worker's wait): this is one. Times go as epoch milliseconds.
 */
final class PostgresHandoverWriter implements HandoverWriter {
  private static final String WRITE =
      "with f (id, status, sent_at, error, next_at, leaves, wipes) as ("
          + "select * from unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::varchar[],"
          + " ?::bigint[], ?::boolean[], ?::boolean[])),"
          + " finished as (update message m set status = f.status,"
          + " sent_at = coalesce(to_timestamp(f.sent_at / 1000.0), m.sent_at),"
          + " last_error = f.error, next_attempt_at = to_timestamp(f.next_at / 1000.0),"
          + " bundle_id = case when f.leaves then null else m.bundle_id end,"
          + " subject = case when f.wipes then null else m.subject end,"
          + " html_body = case when f.wipes then null else m.html_body end,"
          + " text_body = case when f.wipes then null else m.text_body end"
          + " from f where m.id = f.id and m.status in ("
          + HandoverWriter.finishableStatuses()
          + ")),"
          + " logged as (insert into attempt (id, message_id, attempt_number, attempted_at,"
          + " outcome, reply_code, enhanced_status, reply, instance)"
          + " select a.id, a.message_id, a.number, to_timestamp(a.at / 1000.0), a.outcome,"
          + " a.code, a.enhanced, a.reply, ? from unnest(?::bigint[], ?::bigint[], ?::int[],"
          + " ?::bigint[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[])"
          + " as a (id, message_id, number, at, outcome, code, enhanced, reply))"
          + " update message set status = '"
          + MessageStatus.SENDING
          + "', attempts = attempts + 1 where id = any(?::bigint[]) and status in ("
          + HandoverWriter.startableStatuses()
          + ") returning id";

  private final IdBlocks attemptIds;
  private final String instance;

  PostgresHandoverWriter(IdBlocks attemptIds, String instance) {
    this.attemptIds = attemptIds;
    this.instance = instance;
  }

  @Override
  public List<Boolean> write(Connection connection, List<Handover> group) throws SQLException {
    List<Finish> finishes = group.stream().map(Handover::finish).filter(f -> f != null).toList();
    int n = finishes.size();
    Long[] ids = new Long[n];
    String[] statuses = new String[n];
    Long[] sentAt = new Long[n];
    String[] errors = new String[n];
    Long[] nextAt = new Long[n];
    Boolean[] leaves = new Boolean[n];
    Boolean[] wipes = new Boolean[n];
    Long[] attemptId = new Long[n];
    Integer[] numbers = new Integer[n];
    Long[] at = new Long[n];
    String[] outcomes = new String[n];
    Integer[] codes = new Integer[n];
    String[] enhanced = new String[n];
    String[] replies = new String[n];
    for (int i = 0; i < n; i++) {
      Finish finish = finishes.get(i);
      Outcome outcome = finish.tried().outcome();
      ids[i] = finish.messageId();
      statuses[i] = finish.status().name();
      sentAt[i] = millis(finish.sentAt());
      errors[i] = finish.error();
      nextAt[i] = millis(finish.nextAttemptAt());
      leaves[i] = finish.leavesBundle();
      wipes[i] = finish.deleteContent();
      attemptId[i] = attemptIds.next(connection);
      numbers[i] = finish.attempt();
      at[i] = millis(finish.at());
      outcomes[i] = outcome.kind().name();
      codes[i] = outcome.replyCode() < 0 ? null : outcome.replyCode();
      enhanced[i] = outcome.enhancedStatus();
      replies[i] = Attempt.kept(outcome.detail());
    }
    Long[] next = group.stream().map(Handover::next).filter(id -> id != null).toArray(Long[]::new);
    try (PreparedStatement write = connection.prepareStatement(WRITE)) {
      int p = 1;
      write.setArray(p++, array(connection, "bigint", ids));
      write.setArray(p++, array(connection, "varchar", statuses));
      write.setArray(p++, array(connection, "bigint", sentAt));
      write.setArray(p++, array(connection, "varchar", errors));
      write.setArray(p++, array(connection, "bigint", nextAt));
      write.setArray(p++, array(connection, "boolean", leaves));
      write.setArray(p++, array(connection, "boolean", wipes));
      write.setString(p++, instance);
      write.setArray(p++, array(connection, "bigint", attemptId));
      write.setArray(p++, array(connection, "bigint", ids));
      write.setArray(p++, array(connection, "int4", numbers));
      write.setArray(p++, array(connection, "bigint", at));
      write.setArray(p++, array(connection, "varchar", outcomes));
      write.setArray(p++, array(connection, "int4", codes));
      write.setArray(p++, array(connection, "varchar", enhanced));
      write.setArray(p++, array(connection, "varchar", replies));
      write.setArray(p, array(connection, "bigint", next));
      Set<Long> started = new HashSet<>();
      try (ResultSet rows = write.executeQuery()) {
        while (rows.next()) {
          started.add(rows.getLong(1));
        }
      }
      List<Boolean> answers = new ArrayList<>(group.size());
      group.forEach(h -> answers.add(h.next() != null && started.contains(h.next())));
      return answers;
    }
  }

  private static Array array(Connection connection, String type, Object[] values)
      throws SQLException {
    return connection.createArrayOf(type, values);
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }
}
