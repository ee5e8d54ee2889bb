package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the send classes share the work: {@code ROHRPOST_TRICKLE_RATE} (messages a second of the
 * TRICKLE class, all servers together) and {@code ROHRPOST_BULK_YIELD_BACKLOG} (the number of
 * NORMAL messages waiting above which BULK workers pause). Checked when the application starts: a
 * wrong value stops the deployment with the reason.
 */
@ApplicationScoped
public class DispatchSettings {
  @Inject
  @ConfigProperty(name = "rohrpost.trickle.rate", defaultValue = "1")
  double trickleRate;

  @Inject
  @ConfigProperty(name = "rohrpost.bulk.yield.backlog", defaultValue = "0")
  long bulkYieldBacklog;

  void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!(trickleRate > 0) || Double.isInfinite(trickleRate)) {
      throw new IllegalStateException(
          "ROHRPOST_TRICKLE_RATE must be a number of messages a second above 0, not "
              + trickleRate);
    }
    if (bulkYieldBacklog < 0) {
      throw new IllegalStateException(
          "ROHRPOST_BULK_YIELD_BACKLOG must be 0 or more messages, not " + bulkYieldBacklog);
    }
  }

  public double trickleRate() {
    return trickleRate;
  }

  public long bulkYieldBacklog() {
    return bulkYieldBacklog;
  }
}
