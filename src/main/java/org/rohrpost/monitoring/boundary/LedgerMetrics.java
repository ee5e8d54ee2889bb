package org.rohrpost.monitoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.monitoring.control.LedgerStatistics;
import org.rohrpost.monitoring.control.LedgerStatistics.Snapshot;
import org.rohrpost.monitoring.control.LedgerStatistics.Stream;

/**
 * Gauges on {@code /metrics} read from a snapshot of the ledger taken every 15 seconds: messages
 * sent and failed (dead or expired) per class and client, backlog per class, batches per status.
 * They go to whichever metrics API the server offers (MicroProfile Metrics on Payara, Micrometer on
 * WildFly); a server with neither still runs, without these gauges.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class LedgerMetrics {
  private static final Logger LOG = Logger.getLogger(LedgerMetrics.class.getName());

  @Inject LedgerStatistics statistics;

  private volatile Snapshot snapshot = Snapshot.EMPTY;
  private final Set<Stream> registered = new HashSet<>();
  private List<Gauges> gauges;

  @PostConstruct
  void registerFixedGauges() {
    gauges = Gauges.available();
    if (gauges.isEmpty()) {
      LOG.warning("No metrics API on this server: the rohrpost_* gauges are not published");
    }
    for (BatchStatus status : BatchStatus.values()) {
      gauge(
          "rohrpost_batches",
          () -> snapshot.batches().getOrDefault(status, 0L),
          Map.of("status", status.name()));
    }
    for (QueueClass queueClass : QueueClass.values()) {
      gauge(
          "rohrpost_queue_backlog",
          () -> snapshot.backlog(queueClass),
          Map.of("queue_class", queueClass.name()));
    }
    refresh();
  }

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void refresh() {
    try {
      snapshot = statistics.read();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the ledger for metrics; keeping the last reading", e);
      return;
    }
    for (Stream stream : snapshot.messages().keySet()) {
      if (registered.add(stream)) {
        Map<String, String> tags =
            Map.of("queue_class", stream.queueClass().name(), "client", stream.client());
        gauge("rohrpost_messages_sent", () -> snapshot.messages(stream, MessageStatus.SENT), tags);
        gauge(
            "rohrpost_messages_failed",
            () -> snapshot.messages(stream, MessageStatus.DEAD, MessageStatus.EXPIRED),
            tags);
      }
    }
  }

  private void gauge(String name, LongSupplier reading, Map<String, String> tags) {
    for (Gauges registry : gauges) {
      registry.gauge(name, reading, tags);
    }
  }
}
