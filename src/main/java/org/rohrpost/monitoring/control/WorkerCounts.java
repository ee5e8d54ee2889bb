package org.rohrpost.monitoring.control;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.rohrpost.client.entity.QueueClass;

/**
 * How many send workers this server runs per queue class: {@code ROHRPOST_WORKERS_<CLASS>} (or
 * {@code rohrpost.workers.<class>}), else the default the send worker of the class declares.
 */
public final class WorkerCounts {
  private static final Map<QueueClass, Integer> DEFAULTS =
      Map.of(
          QueueClass.NORMAL, 4,
          QueueClass.BULK, 3,
          QueueClass.TRICKLE, 1,
          QueueClass.PRINTER, 1,
          QueueClass.DEDICATED, 1);

  private WorkerCounts() {}

  public static Map<QueueClass, Integer> configured() {
    Config config = ConfigProvider.getConfig();
    Map<QueueClass, Integer> workers = new EnumMap<>(QueueClass.class);
    for (QueueClass queueClass : QueueClass.values()) {
      workers.put(
          queueClass,
          config
              .getOptionalValue(
                  "rohrpost.workers." + queueClass.name().toLowerCase(Locale.ROOT), Integer.class)
              .orElse(DEFAULTS.get(queueClass)));
    }
    return workers;
  }
}
