package org.rohrpost.sending.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.sending.control.Bundler;
import org.rohrpost.sending.control.SendConfiguration;

/**
 * Every few seconds: bundles what has become due (retries, later earliest-send times), expires what
 * is overdue, finishes configuring batches a crash or a failed job interrupted, and completes
 * batches with nothing left to send, and signals again bundles whose signals went missing. Not
 * before the schema is migrated: a server may fire a schedule as soon as the bean is deployed
 * (WildFly does), before start-up has finished.
 */
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Sweeper {
  private static final Logger LOG = Logger.getLogger(Sweeper.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Bundler bundler;
  @Inject SendConfiguration configuration;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void sweep() {
    List<Long> batches =
        em.createNamedQuery(Batch.IDS_IN_STATUS, Long.class)
            .setParameter("statuses", BatchStatus.SENDABLE)
            .getResultList();
    for (long batchId : batches) {
      if (configuration.isRunning(batchId)) {
        continue;
      }
      try {
        bundler.bundleDue(batchId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Sweeping batch " + batchId + " failed; next sweep tries again", e);
      }
    }
    try {
      bundler.resignalLost();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Signalling lost bundles again failed; next sweep tries again", e);
    }
  }
}
