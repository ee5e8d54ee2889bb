package org.rohrpost.monitoring.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Where gauges are published: the server's metrics registry. Payara has MicroProfile Metrics,
 * WildFly has Micrometer instead; the WAR carries neither API, so each implementation is touched
 * only once its API is known to be on the class path.
 */
interface Gauges {
  void gauge(String name, LongSupplier reading, Map<String, String> tags);

  /** The registries this server offers (none, one or both). */
  static List<Gauges> available() {
    List<Gauges> found = new ArrayList<>();
    if (onClassPath("org.eclipse.microprofile.metrics.MetricRegistry")) {
      MicroProfileGauges.lookup().ifPresent(found::add);
    }
    if (onClassPath("io.micrometer.core.instrument.MeterRegistry")) {
      MicrometerGauges.lookup().ifPresent(found::add);
    }
    return found;
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, Gauges.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
