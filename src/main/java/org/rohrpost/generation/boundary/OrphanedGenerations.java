package org.rohrpost.generation.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.generation.control.Generations;
import org.rohrpost.server.control.Stopping;

/**
 * Every few seconds (the first time within seconds of start-up), starts again the generations whose
 * server is gone: this server's own from its previous run, and those of servers that died (their
 * leases ran out). Each goes on from its checkpoint.
 */
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanedGenerations {
  private static final Logger LOG = Logger.getLogger(OrphanedGenerations.class.getName());

  @Inject Generations generations;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void takeOver() {
    if (Stopping.isUnderway()) {
      return;
    }
    try {
      generations.takeOverOrphans();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Taking over interrupted generations failed; next round tries", e);
    }
  }
}
