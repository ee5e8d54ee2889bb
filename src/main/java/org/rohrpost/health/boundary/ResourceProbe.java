package org.rohrpost.health.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.rohrpost.health.control.LastProbe;
import org.rohrpost.health.control.ProbeResult;

/**
 * Every two seconds asks the database and the broker for a connection, on the container's timer
 * thread (not the health endpoint's, which has no context of the application), and keeps the answer
 * for {@link ReadinessCheck}. A probe still waiting on a pool when the next is due is left alone:
 * the next one is skipped, and the check sees the last answer grow old.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResourceProbe {
  @Resource(lookup = "jdbc/rohrpost")
  DataSource dataSource;

  @Resource(lookup = "jms/rohrpost")
  ConnectionFactory broker;

  @Inject LastProbe last;

  private final AtomicBoolean probing = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void probe() {
    if (!probing.compareAndSet(false, true)) {
      return;
    }
    try {
      last.record(new ProbeResult(Instant.now(), database(), broker()));
    } finally {
      probing.set(false);
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
