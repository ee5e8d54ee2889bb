package org.rohrpost.server.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.util.logging.Logger;
import org.rohrpost.server.control.Stopping;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Notices the server stopping as early as it can and holds the stop until the send workers have
 * finished the message in hand, recorded it and given their bundles back.
 *
 * <p>SIGTERM (and SIGINT) come to this bean's signal handler first: it marks the server {@link
 * Stopping}, waits for the workers and only then lets the JVM's own handling go on, which runs the
 * shutdown hooks. A shutdown hook alone is not enough: the JVM runs all hooks at once, and the
 * container's and the embedded broker's close the database pool while a worker is still recording
 * the message it has just sent; that message, left {@code SENDING}, would go twice. A JVM ended
 * another way (System.exit) still runs the hook, and the end of the deployment marks the stop too.
 */
@Startup
@Singleton
public class StopWatch {
  private static final Logger LOG = Logger.getLogger(StopWatch.class.getName());

  /** How long a stop waits for the workers to finish the message in hand and give back. */
  static final Duration WORKERS_WITHIN = Duration.ofSeconds(30);

  private static final Signal[] STOP_SIGNALS = {new Signal("TERM"), new Signal("INT")};

  private final Thread hook = new Thread(StopWatch::stopAndWait, "rohrpost-stopping");
  private final SignalHandler[] jvmHandlers = new SignalHandler[STOP_SIGNALS.length];

  @PostConstruct
  void watch() {
    Stopping.reset();
    Runtime.getRuntime().addShutdownHook(hook);
    for (int i = 0; i < STOP_SIGNALS.length; i++) {
      jvmHandlers[i] = handleFirst(STOP_SIGNALS[i]);
    }
  }

  /**
   * Puts this bean's handler before the JVM's for {@code signal}; returns the JVM's, or null where
   * the JVM does not handle the signal itself (ignored, or {@code -Xrs}): the signal then stays as
   * it was, and the shutdown hook does what it can.
   */
  private static SignalHandler handleFirst(Signal signal) {
    SignalHandler[] jvm = new SignalHandler[1];
    try {
      jvm[0] = Signal.handle(signal, received -> stopThen(jvm[0], received));
    } catch (IllegalArgumentException usedByTheJvm) {
      return null;
    }
    if (jvm[0] == SignalHandler.SIG_DFL || jvm[0] == SignalHandler.SIG_IGN) {
      Signal.handle(signal, jvm[0]);
      return null;
    }
    return jvm[0];
  }

  @PreDestroy
  void stopped() {
    stopping();
    for (int i = 0; i < STOP_SIGNALS.length; i++) {
      if (jvmHandlers[i] != null) {
        Signal.handle(STOP_SIGNALS[i], jvmHandlers[i]);
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is on its way out: the hook has run
    }
  }

  /** The signal handler: waits for the workers, then hands the signal to the JVM's handler. */
  private static void stopThen(SignalHandler jvm, Signal signal) {
    stopAndWait();
    jvm.handle(signal);
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
