package org.rohrpost.ledger.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.ledger.entity.MessageTransition;

/**
 * Writes a group of handovers over a connection, all or nothing, and commits them: each finished
 * attempt's row in the log and its message's end ({@link MessageTransition#SEND}, {@link
 * MessageTransition#RETRY_LATER} or {@link MessageTransition#GIVE_UP}), and each next message's
 * start ({@link MessageTransition#START_ATTEMPT}). Answers for each handover whether its next
 * message went on the wire. One for any database in JDBC batches, one for PostgreSQL in one
 * statement (its round trips cost more than its work); {@code HandoversIT} holds both to the same
 * results.
 */
interface HandoverWriter {
  List<Boolean> write(Connection connection, List<Handover> group) throws SQLException;

  /** The statuses an attempt's end starts from: the same for each of its transitions. */
  static String finishableStatuses() {
    var from = MessageTransition.SEND.from();
    if (!from.equals(MessageTransition.RETRY_LATER.from())
        || !from.equals(MessageTransition.GIVE_UP.from())) {
      throw new IllegalStateException("The ends of an attempt start from different statuses");
    }
    return quoted(from);
  }

  /** The statuses a message goes on the wire from. */
  static String startableStatuses() {
    return quoted(MessageTransition.START_ATTEMPT.from());
  }

  private static String quoted(java.util.Set<MessageStatus> statuses) {
    return String.join(", ", statuses.stream().map(s -> "'" + s.name() + "'").toList());
  }
}
