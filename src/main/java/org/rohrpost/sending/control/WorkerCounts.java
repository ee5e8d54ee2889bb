package org.rohrpost.sending.control;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.rohrpost.client.entity.QueueClass;

/**
 * How many send workers this server runs per queue class: {@code ROHRPOST_WORKERS_<CLASS>} (or
 * {@code rohrpost.workers.<class>}), else the defaults here, which the send workers' activation
 * configs read too (they must be constants there).
 */
public final class WorkerCounts {
  public static final int NORMAL = 4;
  public static final int BULK = 3;
  public static final int TRICKLE = 1;
  public static final int PRINTER = 1;
  public static final int DEDICATED = 1;

  private static final Map<QueueClass, Integer> DEFAULTS =
      Map.of(
          QueueClass.NORMAL, NORMAL,
          QueueClass.BULK, BULK,
          QueueClass.TRICKLE, TRICKLE,
          QueueClass.PRINTER, PRINTER,
          QueueClass.DEDICATED, DEDICATED);

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
