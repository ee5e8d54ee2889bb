package org.rohrpost.monitoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.monitoring.control.LedgerStatistics;
import org.rohrpost.monitoring.control.LedgerStatistics.Snapshot;
import org.rohrpost.monitoring.control.LedgerStatistics.Stream;

/**
 * Gauges on {@code /metrics} read from a snapshot of the ledger taken every 15 seconds: messages
 * sent and failed (dead or expired) per class and client, backlog per class, batches per status.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class LedgerMetrics {
  private static final Logger LOG = Logger.getLogger(LedgerMetrics.class.getName());

  @Inject MetricRegistry registry;
  @Inject LedgerStatistics statistics;

  private volatile Snapshot snapshot = Snapshot.EMPTY;
  private final Set<Stream> registered = new HashSet<>();

  @PostConstruct
  void registerFixedGauges() {
    for (BatchStatus status : BatchStatus.values()) {
      registry.gauge(
          "rohrpost_batches",
          () -> snapshot.batches().getOrDefault(status, 0L),
          new Tag("status", status.name()));
    }
    for (QueueClass queueClass : QueueClass.values()) {
      registry.gauge(
          "rohrpost_queue_backlog",
          () -> snapshot.backlog(queueClass),
          new Tag("queue_class", queueClass.name()));
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
        Tag[] tags = {
          new Tag("queue_class", stream.queueClass().name()), new Tag("client", stream.client())
        };
        registry.gauge(
            "rohrpost_messages_sent", () -> snapshot.messages(stream, MessageStatus.SENT), tags);
        registry.gauge(
            "rohrpost_messages_failed",
            () -> snapshot.messages(stream, MessageStatus.DEAD, MessageStatus.EXPIRED),
            tags);
      }
    }
  }
}
