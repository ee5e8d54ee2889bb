package org.rohrpost.server.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * end of the deployment marks the stop too, and says in one line how it went: stopped cleanly, or
 * which workers were still busy.
 */
@Startup
@Singleton
public class StopWatch {
  private static final Logger LOG = Logger.getLogger(StopWatch.class.getName());

  /** How long a stop waits for the workers to finish the message in hand and give back. */
  static final Duration WORKERS_WITHIN = Duration.ofSeconds(30);

  private static final AtomicBoolean REPORTED = new AtomicBoolean();

  private final Thread hook = new Thread(StopWatch::stopAndWait, "rohrpost-stopping");

  @PostConstruct
  void watch() {
    Stopping.reset();
    REPORTED.set(false);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      StopSignals.handleFirst(StopWatch::stopAndWait);
    } catch (LinkageError outOfReach) {
      LOG.info("The JVM's stop signals are out of reach here; a shutdown hook waits for workers");
    }
  }

  @PreDestroy
  void stopped() {
    stopAndWait();
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

  /**
   * Marks the stop, waits until the workers are done (at most {@link #WORKERS_WITHIN}) and says in
   * one line how it went, once: the first of the signal, the hook and the end of the deployment
   * does, while the server's logging still works (the JVM's shutdown closes it).
   */
  private static void stopAndWait() {
    Stopping.begin();
    boolean idle = Stopping.awaitIdle(WORKERS_WITHIN);
    if (!REPORTED.compareAndSet(false, true)) {
      return;
    }
    if (idle) {
      LOG.info(
          "Rohrpost stopped cleanly: every send worker recorded its last message and gave its"
              + " bundle back");
    } else {
      LOG.warning(
          "Rohrpost stopped with send workers still busy "
              + WORKERS_WITHIN
              + " into the stop; their bundles go on after their lease");
    }
  }
}
