package org.rohrpost.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rohrpost.server.control.Stopping;

/**
 * Ready when the database and the broker answer and the server is not stopping. (The send workers
 * are part of the deployment: while it has not succeeded there is no check of the application, and
 * the server answers DOWN, see the boot file.)
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Resource(lookup = "jdbc/rohrpost")
  DataSource dataSource;

  @Resource(lookup = "jms/rohrpost")
  ConnectionFactory broker;

  @Override
  public HealthCheckResponse call() {
    boolean database = database();
    boolean jms = broker();
    boolean stopping = Stopping.isUnderway();
    return HealthCheckResponse.named("rohrpost")
        .status(database && jms && !stopping)
        .withData("database", database)
        .withData("broker", jms)
        .withData("stopping", stopping)
        .build();
  }

  private boolean database() {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (Exception e) {
      return false;
    }
  }

  private boolean broker() {
    try (jakarta.jms.Connection c = broker.createConnection()) {
      return c != null;
    } catch (Exception e) {
      return false;
    }
  }
}
