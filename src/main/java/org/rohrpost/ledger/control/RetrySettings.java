package org.rohrpost.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured retry policy: {@code ROHRPOST_RETRY_BASE_SECONDS}, {@code _MAX_SECONDS}. */
@ApplicationScoped
public class RetrySettings {
  @Inject
  @ConfigProperty(name = "rohrpost.retry.base.seconds", defaultValue = "30")
  long baseSeconds;

  @Inject
  @ConfigProperty(name = "rohrpost.retry.max.seconds", defaultValue = "3600")
  long maxSeconds;

  public RetryPolicy policy() {
    return new RetryPolicy(
        Duration.ofSeconds(baseSeconds),
        Duration.ofSeconds(maxSeconds),
        RandomGenerator.getDefault());
  }
}
