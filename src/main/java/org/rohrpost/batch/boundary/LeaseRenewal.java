package org.rohrpost.batch.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.batch.control.BatchLeases;
import org.rohrpost.server.control.Stopping;

/**
 * Every few seconds, renews the leases of the batch work this server runs (generations, send
 * configurations), so that other servers take it over only when this one is gone.
 */
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaseRenewal {
  private static final Logger LOG = Logger.getLogger(LeaseRenewal.class.getName());

  @Inject BatchLeases leases;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void renew() {
    if (Stopping.isUnderway()) {
      return;
    }
    try {
      leases.renewHeld();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Renewing the leases of batch work failed; next round tries again", e);
    }
  }
}
