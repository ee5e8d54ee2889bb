package org.rohrpost.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The answer of the last probe of the database and the broker, where the readiness check reads it.
 */
@ApplicationScoped
public class LastProbe {
  private volatile ProbeResult result;

  public void record(ProbeResult result) {
    this.result = result;
  }

  public Optional<ProbeResult> result() {
    return Optional.ofNullable(result);
  }
}
