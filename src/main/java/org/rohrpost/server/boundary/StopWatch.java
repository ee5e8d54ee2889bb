package org.rohrpost.server.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.util.logging.Logger;
import org.rohrpost.server.control.Stopping;

/**
 * Notices the server stopping as early as it can: a JVM shutdown hook (SIGTERM) and the end of the
 * deployment both mark it {@link Stopping}, whichever comes first. The hook then waits for the send
 * workers to finish the message in hand and give their bundles back: without it the JVM would end
 * them mid-message once the container's own hook is done.
 */
@Startup
@Singleton
public class StopWatch {
  private static final Logger LOG = Logger.getLogger(StopWatch.class.getName());

  /** How long a stop waits for the workers to finish the message in hand and give back. */
  static final Duration WORKERS_WITHIN = Duration.ofSeconds(30);

  private final Thread hook = new Thread(StopWatch::stopAndWait, "rohrpost-stopping");

  @PostConstruct
  void watch() {
    Stopping.reset();
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @PreDestroy
  void stopped() {
    stopping();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is on its way out: the hook has run
    }
  }

  /** The shutdown hook: marks the stop and keeps the JVM up until the workers are done. */
  private static void stopAndWait() {
    Stopping.begin();
    if (!Stopping.awaitIdle(WORKERS_WITHIN)) {
      System.err.println("Rohrpost: send workers still busy " + WORKERS_WITHIN + " after SIGTERM");
    }
  }

  private static void stopping() {
    if (!Stopping.isUnderway()) {
      Stopping.begin();
      LOG.info("Stopping: send workers finish the message in hand and give their bundles back");
    }
  }
}
