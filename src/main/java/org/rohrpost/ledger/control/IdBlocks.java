package org.rohrpost.ledger.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from a database sequence that grows by a block at a time, taken the way the JPA mappings take
 * theirs (each value the sequence gives is the last id of a block that is ours alone), so that
 * plain JDBC and JPA never hand out the same id.
 */
final class IdBlocks {
  private final String next;
  private final int size;
  private long nextId;
  private long blockEnd = -1;

  /** {@code size}: the sequence's increment, which is its mapping's allocation size. */
  IdBlocks(String sequence, int size) {
    this.next = "select nextval('" + sequence + "')";
    this.size = size;
  }

  /** The next id, from a fresh block over {@code connection} when this one is used up. */
  synchronized long next(Connection connection) throws SQLException {
    if (nextId > blockEnd) {
      try (PreparedStatement select = connection.prepareStatement(next);
          ResultSet row = select.executeQuery()) {
        row.next();
        blockEnd = row.getLong(1);
      }
      nextId = blockEnd - size + 1;
    }
    return nextId++;
  }
}
