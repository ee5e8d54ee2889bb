package org.rohrpost.endtoend;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database the server under test uses, opened from the test as a second server would: the
 * PostgreSQL database of {@code ROHRPOST_DB_URL}, or the embedded H2 database in the test data
 * directory (which the server opens in H2's auto-server mode, so others may connect).
 */
final class ItDatabase {
  private ItDatabase() {}

  static Connection open() throws SQLException {
    String url = System.getProperty("rohrpost.db.url", "");
    if (url.startsWith("jdbc:postgresql")) {
      return DriverManager.getConnection(
          url, System.getProperty("rohrpost.db.user"), System.getenv("ROHRPOST_DB_PASSWORD"));
    }
    return DriverManager.getConnection(
        "jdbc:h2:./target/it-data/h2/rohrpost;AUTO_SERVER=TRUE", "sa", "sa");
  }
}
