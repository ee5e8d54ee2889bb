package org.rohrpost.monitoring.boundary;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.monitoring.control.LedgerStatistics;
import org.rohrpost.monitoring.control.LedgerStatistics.Snapshot;
import org.rohrpost.monitoring.control.LedgerStatistics.Stream;

/**
 * Gauges of what the ledger holds now, for all servers, read every 15 seconds: the backlog per
 * class, messages per class, client and status, batches per status. Every server says the same, so
 * a dashboard takes the maximum over servers, not the sum.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class LedgerMetrics {
  private static final Logger LOG = Logger.getLogger(LedgerMetrics.class.getName());

  @Inject LedgerStatistics statistics;

  private volatile Snapshot snapshot = Snapshot.EMPTY;
  private List<GaugeWithCallback> gauges;

  @PostConstruct
  void register() {
    gauges =
        List.of(
            GaugeWithCallback.builder()
                .name("rohrpost_queue_backlog_messages")
                .help("Messages of the class in the ledger that are not final yet")
                .labelNames("queue_class")
                .callback(
                    reading -> {
                      for (QueueClass queueClass : QueueClass.values()) {
                        reading.call(snapshot.backlog(queueClass), queueClass.name());
                      }
                    })
                .register(),
            GaugeWithCallback.builder()
                .name("rohrpost_ledger_messages")
                .help("Messages in the ledger by queue class, client and status")
                .labelNames("queue_class", "client", "status")
                .callback(
                    reading -> {
                      for (Map.Entry<Stream, Map<MessageStatus, Long>> stream :
                          snapshot.messages().entrySet()) {
                        for (Map.Entry<MessageStatus, Long> count : stream.getValue().entrySet()) {
                          reading.call(
                              count.getValue(),
                              stream.getKey().queueClass().name(),
                              stream.getKey().client(),
                              count.getKey().name());
                        }
                      }
                    })
                .register(),
            GaugeWithCallback.builder()
                .name("rohrpost_batches")
                .help("Batches in the ledger by status")
                .labelNames("status")
                .callback(
                    reading -> {
                      for (BatchStatus status : BatchStatus.values()) {
                        reading.call(snapshot.batches().getOrDefault(status, 0L), status.name());
                      }
                    })
                .register());
    refresh();
  }

  @PreDestroy
  void unregister() {
    gauges.forEach(PrometheusRegistry.defaultRegistry::unregister);
  }

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void refresh() {
    try {
      snapshot = statistics.read();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the ledger for metrics; keeping the last reading", e);
    }
  }
}
