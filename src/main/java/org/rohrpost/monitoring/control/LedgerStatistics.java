package org.rohrpost.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.entity.MessageStatus;

/** Counts read from the ledger, so that what the metrics say is what the ledger says. */
@ApplicationScoped
public class LedgerStatistics {
  @PersistenceContext EntityManager em;

  /** Messages of one client in one queue class. */
  public record Stream(QueueClass queueClass, String client) {}

  /** One reading of the ledger. */
  public record Snapshot(
      Map<Stream, Map<MessageStatus, Long>> messages, Map<BatchStatus, Long> batches) {
    public static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of());

    public long messages(Stream stream, MessageStatus... statuses) {
      Map<MessageStatus, Long> counts = messages.getOrDefault(stream, Map.of());
      long sum = 0;
      for (MessageStatus status : statuses) {
        sum += counts.getOrDefault(status, 0L);
      }
      return sum;
    }

    /** Messages of the class still to be sent. */
    public long backlog(QueueClass queueClass) {
      return messages.entrySet().stream()
          .filter(e -> e.getKey().queueClass() == queueClass)
          .flatMap(e -> e.getValue().entrySet().stream())
          .filter(e -> !e.getKey().isFinal())
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  public Snapshot read() {
    Map<Stream, Map<MessageStatus, Long>> messages = new HashMap<>();
    em.createQuery(
            "select b.queueClass, c.key, m.status, count(m) from Message m, Batch b, Client c"
                + " where m.batchId = b.id and b.client = c"
                + " group by b.queueClass, c.key, m.status",
            Object[].class)
        .getResultList()
        .forEach(
            row ->
                messages
                    .computeIfAbsent(
                        new Stream((QueueClass) row[0], (String) row[1]),
                        s -> new EnumMap<>(MessageStatus.class))
                    .put((MessageStatus) row[2], (Long) row[3]));
    Map<BatchStatus, Long> batches = new EnumMap<>(BatchStatus.class);
    em.createQuery("select b.status, count(b) from Batch b group by b.status", Object[].class)
        .getResultList()
        .forEach(row -> batches.put((BatchStatus) row[0], (Long) row[1]));
    return new Snapshot(messages, batches);
  }
}
