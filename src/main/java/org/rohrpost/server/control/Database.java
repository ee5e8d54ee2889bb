package org.rohrpost.server.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The application's data source, for the few places that write plain JDBC for speed. */
@ApplicationScoped
public class Database {
  @Produces
  @Resource(lookup = "jdbc/rohrpost")
  DataSource dataSource;

  /** Whether {@code connection} is to PostgreSQL, whose own SQL some writes use. */
  public static boolean isPostgres(Connection connection) throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
  }
}
