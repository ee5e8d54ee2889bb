package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rohrpost.ledger.entity.MessageStatus;

class BatchCountsTest {

  @Test
  void countsEveryStatusWhereItBelongs() {
    Map<MessageStatus, Long> byStatus = new EnumMap<>(MessageStatus.class);
    byStatus.put(MessageStatus.PENDING, 1L);
    byStatus.put(MessageStatus.QUEUED, 2L);
    byStatus.put(MessageStatus.SENDING, 3L);
    byStatus.put(MessageStatus.FAILED, 4L);
    byStatus.put(MessageStatus.SENT, 100L);
    byStatus.put(MessageStatus.DEAD, 5L);
    byStatus.put(MessageStatus.EXPIRED, 6L);
    byStatus.put(MessageStatus.SKIPPED, 7L);
    byStatus.put(MessageStatus.CANCELLED, 8L);
    byStatus.put(MessageStatus.REVIEW, 9L);

    assertThat(BatchCounts.of(byStatus)).isEqualTo(new BatchCounts(145, 100, 11, 7, 9, 10));
  }

  @Test
  void missingStatusesCountAsZero() {
    assertThat(BatchCounts.of(Map.of())).isEqualTo(new BatchCounts(0, 0, 0, 0, 0, 0));
    assertThat(BatchCounts.of(Map.of(MessageStatus.SENT, 3L)))
        .isEqualTo(new BatchCounts(3, 3, 0, 0, 0, 0));
  }

  @Test
  void onlyNonFinalMessagesAreOpen() {
    assertThat(BatchCounts.of(Map.of(MessageStatus.FAILED, 2L, MessageStatus.DEAD, 1L)))
        .isEqualTo(new BatchCounts(3, 0, 1, 0, 0, 2));
  }
}
