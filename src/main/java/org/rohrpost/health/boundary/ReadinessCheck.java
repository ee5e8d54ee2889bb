package org.rohrpost.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rohrpost.server.control.Stopping;

/**
 * Ready when the database and the broker answer and the server is not stopping. (The send workers
 * are part of the deployment: while it has not succeeded there is no check of the application, and
 * the server answers DOWN, see the boot file.) The check answers within {@link #PATIENCE}: a
 * resource slower than that is DOWN for now, and its probe goes on in the background, one at a
 * time, so that callers that give up do not pile waiting probes onto a busy pool.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  static final long PATIENCE = 2;

  @Resource(lookup = "jdbc/rohrpost")
  DataSource dataSource;

  @Resource(lookup = "jms/rohrpost")
  ConnectionFactory broker;

  @Resource ManagedExecutorService executor;

  private final AtomicReference<CompletableFuture<Boolean>> databaseProbe = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<Boolean>> brokerProbe = new AtomicReference<>();

  @Override
  public HealthCheckResponse call() {
    boolean database = answered(databaseProbe, this::database);
    boolean jms = answered(brokerProbe, this::broker);
    boolean stopping = Stopping.isUnderway();
    return HealthCheckResponse.named("rohrpost")
        .status(database && jms && !stopping)
        .withData("database", database)
        .withData("broker", jms)
        .withData("stopping", stopping)
        .build();
  }

  /** The probe's answer, from the one in flight if there is one, or false if it takes too long. */
  private boolean answered(AtomicReference<CompletableFuture<Boolean>> probe, BooleanSupplier how) {
    CompletableFuture<Boolean> current = probe.get();
    if (current == null || current.isDone()) {
      current = CompletableFuture.supplyAsync(how::getAsBoolean, executor);
      probe.set(current);
    }
    try {
      return current.get(PATIENCE, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException slowOrFailed) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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
