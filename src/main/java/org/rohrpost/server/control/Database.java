package org.rohrpost.server.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** The application's data source, for the few places that write plain JDBC for speed. */
@ApplicationScoped
public class Database {
  @Produces
  @Resource(lookup = "jdbc/rohrpost")
  DataSource dataSource;
}
