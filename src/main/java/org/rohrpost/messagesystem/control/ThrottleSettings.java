package org.rohrpost.messagesystem.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a message system pauses when its server asks to slow down: {@code
 * ROHRPOST_THROTTLE_SECONDS} ({@code rohrpost.throttle.seconds}).
 */
@ApplicationScoped
public class ThrottleSettings {
  @Inject
  @ConfigProperty(name = "rohrpost.throttle.seconds", defaultValue = "60")
  long seconds;

  public Duration pause() {
    return Duration.ofSeconds(seconds);
  }
}
