package org.rohrpost.monitoring.boundary;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Gauges in the Micrometer registry of WildFly's micrometer subsystem. */
final class MicrometerGauges implements Gauges {
  private final MeterRegistry registry;

  /** The registry holds its gauges' readings weakly. */
  private final List<LongSupplier> readings = new ArrayList<>();

  private MicrometerGauges(MeterRegistry registry) {
    this.registry = registry;
  }

  static Optional<Gauges> lookup() {
    Instance<MeterRegistry> registry = CDI.current().select(MeterRegistry.class);
    return registry.isResolvable()
        ? Optional.of(new MicrometerGauges(registry.get()))
        : Optional.empty();
  }

  @Override
  public void gauge(String name, LongSupplier reading, Map<String, String> tags) {
    readings.add(reading);
    List<Tag> micrometerTags =
        tags.entrySet().stream().map(t -> Tag.of(t.getKey(), t.getValue())).toList();
    // the registry's own gauge method: WildFly's application registry passes only these on to
    // the server's registries (Gauge.builder().register() would keep the gauge to itself)
    registry.gauge(name, micrometerTags, reading, LongSupplier::getAsLong);
  }
}
