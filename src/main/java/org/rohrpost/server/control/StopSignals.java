package org.rohrpost.server.control;

import java.util.LinkedHashMap;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT handled before the JVM's own handling, which runs the shutdown hooks all at
 * once: something that must happen while the container is still whole (the send workers recording
 * the message they have just sent) happens first. Where the JVM's signals are out of the
 * application's reach (WildFly's modules do not export {@code sun.misc}), using this class throws a
 * {@link LinkageError}.
 */
public final class StopSignals {
  private static final Map<Signal, SignalHandler> JVM_HANDLERS = new LinkedHashMap<>();

  private StopSignals() {}

  /** Runs {@code first} on SIGTERM and SIGINT, then lets the JVM's handling go on. */
  public static synchronized void handleFirst(Runnable first) {
    for (String name : new String[] {"TERM", "INT"}) {
      Signal signal = new Signal(name);
      SignalHandler[] jvm = new SignalHandler[1];
      try {
        jvm[0] =
            Signal.handle(
                signal,
                received -> {
                  first.run();
                  jvm[0].handle(received);
                });
      } catch (IllegalArgumentException usedByTheJvm) {
        continue; // ignored at start (a background job's SIGINT) or reserved: left as it is
      }
      if (jvm[0] == SignalHandler.SIG_DFL || jvm[0] == SignalHandler.SIG_IGN) {
        Signal.handle(signal, jvm[0]); // the JVM does not handle it (-Xrs): left as it was
      } else {
        JVM_HANDLERS.put(signal, jvm[0]);
      }
    }
  }

  /** Gives the signals back to the JVM's handling (the application is going away). */
  public static synchronized void restore() {
    JVM_HANDLERS.forEach(Signal::handle);
    JVM_HANDLERS.clear();
  }
}
