package org.rohrpost.monitoring.boundary;

import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges in the MicroProfile Metrics application registry (Payara). Not a bean, so that a server
 * without the API never loads it; made with injection, because Payara produces the registry only
 * for an injection point.
 */
final class MicroProfileGauges implements Gauges {
  @Inject MetricRegistry registry;

  static Optional<Gauges> lookup() {
    try {
      return Optional.of(
          new Unmanaged<>(MicroProfileGauges.class).newInstance().produce().inject().get());
    } catch (RuntimeException e) {
      Logger.getLogger(MicroProfileGauges.class.getName())
          .log(Level.WARNING, "MicroProfile Metrics is there but has no registry for us", e);
      return Optional.empty();
    }
  }

  @Override
  public void gauge(String name, LongSupplier reading, Map<String, String> tags) {
    Tag[] mpTags =
        tags.entrySet().stream().map(t -> new Tag(t.getKey(), t.getValue())).toArray(Tag[]::new);
    registry.gauge(name, reading::getAsLong, mpTags);
  }
}
