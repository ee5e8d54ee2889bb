package org.rohrpost.server.control;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database with Rohrpost's schema for tests without a server (jobs on JBeret SE, controls
 * on a JPA unit of their own): in-memory H2, or a throwaway PostgreSQL database next to {@code
 * ROHRPOST_DB_URL} when that is set (as in CI).
 */
public final class TestDatabase implements AutoCloseable {
  private static final String PG_URL = System.getenv("ROHRPOST_DB_URL");

  private final String name = "rohrpost_test_" + UUID.randomUUID().toString().replace("-", "");
  public final DataSource dataSource;

  /** Where the database is, and as whom (null: nobody in particular) a pool of its own signs in. */
  public final String url;

  public final String user;

  public TestDatabase() throws SQLException {
    if (PG_URL == null || PG_URL.isBlank()) {
      url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
      user = null;
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      dataSource = h2;
    } else {
      adminStatement("create database " + name);
      url = serverUrl() + name;
      user = user();
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl(url);
      pg.setUser(user);
      pg.setReWriteBatchedInserts(true);
      dataSource = pg;
    }
    Flyway.configure().dataSource(dataSource).load().migrate();
  }

  /**
   * A resource-local JPA unit over this database with the application's entities and provider
   * (EclipseLink, as Payara has): for controls that a test calls with an entity manager of its own.
   */
  public EntityManagerFactory jpa() {
    return Persistence.createEntityManagerFactory(
        "rohrpost",
        Map.of(
            "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource", "",
            "jakarta.persistence.nonJtaDataSource", dataSource,
            "eclipselink.logging.level", "SEVERE"));
  }

  /** Client 1 ("acme", class BULK) with its SMTP message system 1, for a batch to belong to. */
  public void bulkClientWithSmtp() throws SQLException {
    execute(
        "insert into client (id, client_key, name, queue_class, created_at)"
            + " values (1, 'acme', 'Acme', 'BULK', current_timestamp)");
    execute(
        "insert into message_system (id, client_id, system_key, type, host, port, tls,"
            + " from_address, created_at) values (1, 1, 'smtp', 'SMTP', 'localhost', 25,"
            + " 'NONE', 'news@acme.example', current_timestamp)");
  }

  /** Batch {@code id} of {@link #bulkClientWithSmtp}'s client, in {@code status}. */
  public void bulkBatch(long id, String status) throws SQLException {
    execute(
        "insert into batch (id, client_id, message_system_id, queue_class, status, created_at,"
            + " updated_at) values ("
            + id
            + ", 1, 1, 'BULK', '"
            + status
            + "', current_timestamp, current_timestamp)");
  }

  /**
   * Messages {@code 1} to {@code count} of the batch, in {@code status}, never tried: message
   * {@code n} goes to {@code r<n>@example.org}.
   */
  public void messages(long batchId, int count, String status) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into message (id, batch_id, recipient, subject, status, attempts,"
                    + " max_attempts, message_id, created_at)"
                    + " values (?, ?, ?, 's', ?, 0, 5, ?, current_timestamp)")) {
      for (int id = 1; id <= count; id++) {
        insert.setLong(1, id);
        insert.setLong(2, batchId);
        insert.setString(3, "r" + id + "@example.org");
        insert.setString(4, status);
        insert.setString(5, "<" + id + "@example.org>");
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  public void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    if (PG_URL == null || PG_URL.isBlank()) {
      execute("shutdown");
    } else {
      adminStatement("drop database " + name + " with (force)");
    }
  }

  private static String serverUrl() {
    String withoutQuery = PG_URL.split("\\?")[0];
    return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
  }

  private static String user() {
    String user = System.getenv("ROHRPOST_DB_USER");
    return user == null || user.isBlank() ? "postgres" : user;
  }

  private static void adminStatement(String sql) throws SQLException {
    String password = System.getenv("ROHRPOST_DB_PASSWORD");
    try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", user(), password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
