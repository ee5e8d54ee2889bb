package org.rohrpost.server.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the database schema up to date before anything else touches it. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {
  @Resource(lookup = "jdbc/rohrpost")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        // the batch runtime may have created its BATCH_ tables in the same schema first
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /**
   * Returns once the schema is migrated: the container holds every call to a singleton until its
   * start-up has finished. For work that may begin before deployment has (send workers).
   */
  public void awaitSchema() {
    // nothing to do: reaching this method is the wait
  }
}
