package org.rohrpost.generation.boundary;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database with Rohrpost's schema for job tests on JBeret SE: in-memory H2, or a throwaway
 * PostgreSQL database next to {@code ROHRPOST_DB_URL} when that is set (as in CI).
 */
final class JobDatabase implements AutoCloseable {
  private static final String PG_URL = System.getenv("ROHRPOST_DB_URL");

  private final String name = "rohrpost_jobs_" + UUID.randomUUID().toString().replace("-", "");
  final DataSource dataSource;

  JobDatabase() throws SQLException {
    if (PG_URL == null || PG_URL.isBlank()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      dataSource = h2;
    } else {
      adminStatement("create database " + name);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl(serverUrl() + name);
      pg.setUser(user());
      pg.setReWriteBatchedInserts(true);
      dataSource = pg;
    }
    Flyway.configure().dataSource(dataSource).load().migrate();
  }

  void execute(String sql) throws SQLException {
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
