package org.rohrpost.batch.boundary;

import java.time.Instant;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.control.BatchCounts;

/** A batch as the API shows it; the counts come from the ledger. */
public record BatchView(
    long id,
    String client,
    String communication,
    String messageSystem,
    QueueClass queueClass,
    BatchStatus status,
    BatchStatus pausedFrom,
    String error,
    Counts counts,
    Instant sendAt,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * The counters of API.md, and {@code review}: messages on the wire at a stop, for an operator.
   */
  public record Counts(long profiles, long sent, long errors, long skipped, long review) {}

  public static BatchView of(Batch b, BatchCounts c) {
    return new BatchView(
        b.id(),
        b.client().key(),
        b.communication() == null ? null : b.communication().key(),
        b.messageSystem().key(),
        b.queueClass(),
        b.status(),
        b.pausedFrom(),
        b.errorReason(),
        new Counts(c.profiles(), c.sent(), c.errors(), c.skipped(), c.review()),
        b.sendAt(),
        b.createdAt(),
        b.updatedAt());
  }
}
