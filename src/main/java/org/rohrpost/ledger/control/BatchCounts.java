package org.rohrpost.ledger.control;

import java.util.Map;
import org.rohrpost.ledger.entity.MessageStatus;

/**
 * A batch's counters, derived from its ledger rows: {@code profiles} = every recipient, {@code
 * errors} = messages that ended without being sent (dead or expired), {@code review} = messages on
 * the wire when their server stopped, left for an operator.
 */
public record BatchCounts(
    long profiles, long sent, long errors, long skipped, long review, long open) {

  public static BatchCounts of(Map<MessageStatus, Long> byStatus) {
    long profiles = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long open = MessageStatus.OPEN.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
    return new BatchCounts(
        profiles,
        byStatus.getOrDefault(MessageStatus.SENT, 0L),
        byStatus.getOrDefault(MessageStatus.DEAD, 0L)
            + byStatus.getOrDefault(MessageStatus.EXPIRED, 0L),
        byStatus.getOrDefault(MessageStatus.SKIPPED, 0L),
        byStatus.getOrDefault(MessageStatus.REVIEW, 0L),
        open);
  }
}
