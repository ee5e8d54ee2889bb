package org.rohrpost.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.server.entity.InstantConverter;

/**
 * Writes new messages of a batch in one JDBC batch, over the caller's connection and so in its
 * transaction: the generation job's way into the ledger, where JPA would cost a managed entity per
 * row. A recipient the batch already has a row for (a chunk written again after a crash) is left as
 * it is: one row per recipient, always. PostgreSQL skips such rows itself ({@code on conflict do
 * nothing}); elsewhere they are looked up first. Ids come in blocks from {@code message_seq}, the
 * way the JPA mapping of {@link Message} takes them.
 */
@ApplicationScoped
public class MessageRows {
  /** The increment of {@code message_seq} and the allocation size of {@link Message}'s ids. */
  static final int ID_BLOCK = 500;

  private static final String INSERT =
      "insert into message (id, batch_id, recipient, recipient_name, subject, html_body,"
          + " text_body, status, attempts, max_attempts, not_before, expires_at, last_error,"
          + " message_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)";
  private static final String SKIP_CONFLICTS = " on conflict (batch_id, recipient) do nothing";

  private static final InstantConverter TIMES = new InstantConverter();
  private static final int TIMESTAMP = Types.TIMESTAMP_WITH_TIMEZONE;

  private volatile Boolean postgres;

  /** Inserts those of {@code messages} that the batch has no row for yet. */
  public void insert(
      Connection connection, long batchId, Message.Delivery delivery, List<NewMessage> messages)
      throws SQLException {
    boolean onPostgres = isPostgres(connection);
    Set<String> existing = onPostgres ? Set.of() : existing(connection, batchId, messages);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    boolean any = false;
    long nextId = 0;
    long blockEnd = -1;
    try (PreparedStatement insert =
        connection.prepareStatement(onPostgres ? INSERT + SKIP_CONFLICTS : INSERT)) {
      bindChunk(insert, batchId, delivery, now);
      for (NewMessage message : messages) {
        if (existing.contains(message.recipient().email())) {
          continue;
        }
        if (nextId > blockEnd) {
          blockEnd = nextIdBlock(connection);
          nextId = blockEnd - ID_BLOCK + 1;
        }
        bindRow(insert, nextId++, delivery.messageIdDomain(), message);
        insert.addBatch();
        any = true;
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  /**
   * What every row of the chunk shares, bound once: a statement keeps its parameters from one
   * {@code addBatch} to the next.
   */
  private static void bindChunk(
      PreparedStatement insert, long batchId, Message.Delivery delivery, OffsetDateTime now)
      throws SQLException {
    insert.setLong(2, batchId);
    insert.setInt(9, delivery.maxAttempts());
    insert.setObject(10, TIMES.convertToDatabaseColumn(delivery.notBefore()), TIMESTAMP);
    insert.setObject(11, TIMES.convertToDatabaseColumn(delivery.expiresAt()), TIMESTAMP);
    insert.setObject(14, now);
  }

  private static void bindRow(
      PreparedStatement insert, long id, String messageIdDomain, NewMessage message)
      throws SQLException {
    Message.Rendered rendered = message.rendered();
    MessageStatus status =
        message.skipReason() == null ? MessageStatus.PENDING : MessageStatus.SKIPPED;
    insert.setLong(1, id);
    insert.setString(3, message.recipient().email());
    insert.setString(4, message.recipient().name());
    insert.setString(5, rendered.subject());
    setText(insert, 6, rendered.html());
    setText(insert, 7, rendered.text());
    insert.setString(8, status.name());
    insert.setString(12, message.skipReason());
    insert.setString(13, Message.newMessageId(messageIdDomain));
  }

  private static void setText(PreparedStatement insert, int index, String value)
      throws SQLException {
    if (value == null) {
      insert.setNull(index, Types.VARCHAR);
    } else {
      insert.setString(index, value);
    }
  }

  private static Set<String> existing(
      Connection connection, long batchId, List<NewMessage> messages) throws SQLException {
    if (messages.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(", ", Collections.nCopies(messages.size(), "?"));
    try (PreparedStatement select =
        connection.prepareStatement(
            "select recipient from message where batch_id = ? and recipient in (" + marks + ")")) {
      select.setLong(1, batchId);
      for (int i = 0; i < messages.size(); i++) {
        select.setString(i + 2, messages.get(i).recipient().email());
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
