package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.OnPostgreSql;

/**
 * PostgreSQL going away mid-mailing, as a restart does to its clients: every connection of the
 * server's database cut and new ones refused for a while, then let in again. The server carries on
 * by itself and nobody is lost; a message whose relay said 250 while its record could not be
 * written is at worst sent once more, as after a crash. Runs where the tests run on PostgreSQL (the
 * postgresql profile), since it is PostgreSQL that goes away.
 */
@OnEveryDatabase
@OnPostgreSql
class DatabaseRestartIT {
  private static final int RECIPIENTS = 3_000;

  /** How long the database refuses the server: longer than a pool's retry, shorter than a lease. */
  private static final long OUTAGE_MILLIS = 8_000;

  @RegisterExtension static ServerWithSink under = new ServerWithSink("dbrestart", 18097);

  @Test
  void theDatabaseGoneForAWhileMidMailingLosesNobodyAndSendsNobodyTwice() throws Exception {
    SinkMailing mailing = under.mailing("db", RECIPIENTS);
    mailing.awaitSent(RECIPIENTS / 4);

    String database = under.server().databaseName();
    try (Connection admin = ItDatabase.open()) {
      allowConnections(admin, database, false);
      try {
        int cut = cutConnections(admin, database);
        assertThat(cut).as("connections of the server cut").isPositive();
        Thread.sleep(OUTAGE_MILLIS);
      } finally {
        allowConnections(admin, database, true);
      }
    }

    mailing.awaitCompleted();
    mailing.assertEveryoneDeliveredAndCountsEqualTheLedger();
    assertThat(mailing.duplicates()).as("sent twice").isEmpty();
  }

  private static void allowConnections(Connection admin, String database, boolean allow)
      throws SQLException {
    try (Statement sql = admin.createStatement()) {
      sql.execute("alter database " + database + " allow_connections " + allow);
    }
  }

  private static int cutConnections(Connection admin, String database) throws SQLException {
    try (PreparedStatement cut =
        admin.prepareStatement(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = ?")) {
      cut.setString(1, database);
      try (var result = cut.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
