package org.rohrpost.generation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
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
import org.rohrpost.generation.control.Generations;

/**
 * Shortly after start-up (once deployment is done): restarts the generations a stopped server left
 * unfinished, those not touched since this server started. (Several servers need leases: issue 6.)
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedGenerations {
  private static final Logger LOG = Logger.getLogger(InterruptedGenerations.class.getName());
  private static final long DELAY_MILLIS = 5_000;

  @Resource TimerService timers;
  @Inject Generations generations;

  private Instant startedAt;

  @PostConstruct
  void afterStartUp() {
    startedAt = Instant.now();
    timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
  }

  @Timeout
  void resume() {
    try {
      generations.resumeInterrupted(startedAt);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Restarting interrupted generations failed", e);
    }
  }
}
