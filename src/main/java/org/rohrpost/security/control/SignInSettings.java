package org.rohrpost.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many failed sign-ins a user name ({@code ROHRPOST_SIGNIN_MAX_FAILURES}) and an address
 * ({@code ROHRPOST_SIGNIN_MAX_FAILURES_PER_ADDRESS}) may have, with no pause of {@code
 * ROHRPOST_SIGNIN_WINDOW_SECONDS} between them, before they are refused for that long (ADR 23).
 */
@ApplicationScoped
public class SignInSettings {
  @Inject
  @ConfigProperty(name = "rohrpost.signin.max.failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "rohrpost.signin.max.failures.per.address", defaultValue = "100")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "rohrpost.signin.window.seconds", defaultValue = "600")
  long windowSeconds;

  public int maxFailures() {
    return Math.max(1, maxFailures);
  }

  public int maxFailuresPerAddress() {
    return Math.max(1, maxFailuresPerAddress);
  }

  public Duration window() {
    return Duration.ofSeconds(Math.max(1, windowSeconds));
  }
}
