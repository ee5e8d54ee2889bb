package org.rohrpost.cluster.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.cluster.control.Servers;
import org.rohrpost.server.control.Stopping;

/** Every five seconds this server says it is alive (not while it stops). */
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Heartbeat {
  private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

  @Inject Servers servers;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void beat() {
    if (Stopping.isUnderway()) {
      return;
    }
    try {
      servers.heartbeat();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Saying this server is alive failed; the next beat tries again", e);
    }
  }
}
