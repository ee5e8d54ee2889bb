package org.rohrpost.sending.boundary;

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
import org.rohrpost.sending.control.Bundler;

/**
 * Shortly after start-up (once deployment is done), lets go of the bundles this server held in its
 * previous run and signals every free bundle, so that sending goes on at once rather than when the
 * lost-signal sweep finds them.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SendingResumption {
  private static final Logger LOG = Logger.getLogger(SendingResumption.class.getName());
  private static final long DELAY_MILLIS = 5_000;

  @Resource TimerService timers;
  @Inject Bundler bundler;

  private Instant startedAt;

  @PostConstruct
  void afterStartUp() {
    startedAt = Instant.now();
    timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
  }

  @Timeout
  void resume() {
    try {
      bundler.resumeAfterRestart(startedAt);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Signalling the bundles of a previous run failed; the sweeper will", e);
    }
  }
}
