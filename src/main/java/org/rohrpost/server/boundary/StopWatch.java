package org.rohrpost.server.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.util.logging.Logger;
import org.rohrpost.server.control.StopSignals;
import org.rohrpost.server.control.Stopping;

/**
 * Notices the server stopping as early as it can and holds the stop until the send workers have
 * finished the message in hand, recorded it and given their bundles back.
 *
 * <p>SIGTERM (and SIGINT) come to {@link StopSignals} first: the server is marked {@link Stopping}
 * and the workers are waited for before the JVM runs its shutdown hooks. A shutdown hook alone is
 * not enough: the JVM runs all hooks at once, and the container's and the embedded broker's closed
 * the database pool while a worker was still recording the message it had just sent; that message,
 * left {@code SENDING}, went twice. The hook stays for a JVM ended another way (System.exit) and
 * for servers whose modules keep the JVM's signals from the application (WildFly, whose own
 * shutdown stops the deployment, and with it its message-driven beans, before its data source). The
 * end of the deployment marks the stop too.
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
    try {
      StopSignals.handleFirst(StopWatch::stopAndWait);
    } catch (LinkageError outOfReach) {
      LOG.info("The JVM's stop signals are out of reach here; a shutdown hook waits for workers");
    }
  }

  @PreDestroy
  void stopped() {
    stopping();
    try {
      StopSignals.restore();
    } catch (LinkageError outOfReach) {
      // never handled here
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is on its way out: the hook has run
    }
  }

  /** Marks the stop and waits until the workers are done (at most {@link #WORKERS_WITHIN}). */
  private static void stopAndWait() {
    Stopping.begin();
    if (!Stopping.awaitIdle(WORKERS_WITHIN)) {
      System.err.println("Rohrpost: send workers still busy " + WORKERS_WITHIN + " into the stop");
    }
  }

  private static void stopping() {
    if (!Stopping.isUnderway()) {
      Stopping.begin();
      LOG.info("Stopping: send workers finish the message in hand and give their bundles back");
    }
  }
}
