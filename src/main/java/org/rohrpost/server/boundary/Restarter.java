package org.rohrpost.server.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.batch.control.BatchLeases;
import org.rohrpost.generation.control.Generations;
import org.rohrpost.sending.control.Bundler;
import org.rohrpost.server.control.Stopping;

/**
 * Shortly after start-up (once deployment is done), picks up what this server's previous run left
 * unfinished: its generations are started again, and the bundles it held are let go and every free
 * bundle is signalled, so that sending goes on at once rather than when the lost-signal sweep finds
 * them. Then every few seconds: renews the leases of the batch work this server runs, and takes
 * over the generations of servers that died (their leases ran out).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Restarter {
  private static final Logger LOG = Logger.getLogger(Restarter.class.getName());
  private static final long DELAY_MILLIS = 5_000;

  @Resource TimerService timers;
  @Inject Generations generations;
  @Inject Bundler bundler;
  @Inject BatchLeases leases;

  private Instant startedAt;

  @PostConstruct
  void afterStartUp() {
    startedAt = Instant.now();
    timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void keepLeases() {
    if (Stopping.isUnderway()) {
      return;
    }
    try {
      leases.renewHeld();
      generations.takeOverOrphans();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Renewing or taking over batch work failed; next round tries again", e);
    }
  }

  @Timeout
  void resume() {
    try {
      generations.takeOverOrphans();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Restarting interrupted generations failed", e);
    }
    try {
      bundler.resumeAfterRestart(startedAt);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Signalling the bundles of a previous run failed; the sweeper will", e);
    }
  }
}
