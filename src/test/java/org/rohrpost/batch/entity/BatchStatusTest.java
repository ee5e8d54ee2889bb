package org.rohrpost.batch.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rohrpost.batch.entity.BatchStatus.CANCELLED;
import static org.rohrpost.batch.entity.BatchStatus.COMPLETED;
import static org.rohrpost.batch.entity.BatchStatus.ERROR;
import static org.rohrpost.batch.entity.BatchStatus.GENERATING;
import static org.rohrpost.batch.entity.BatchStatus.GENERATING_ADHOC;
import static org.rohrpost.batch.entity.BatchStatus.GENERATION_QUEUED;
import static org.rohrpost.batch.entity.BatchStatus.NO_MESSAGES;
import static org.rohrpost.batch.entity.BatchStatus.PAUSED;
import static org.rohrpost.batch.entity.BatchStatus.PENDING_APPROVAL;
import static org.rohrpost.batch.entity.BatchStatus.SCHEDULED;
import static org.rohrpost.batch.entity.BatchStatus.SENDING;
import static org.rohrpost.batch.entity.BatchStatus.SEND_CONFIGURE;
import static org.rohrpost.batch.entity.BatchStatus.SEND_FINALIZE;
import static org.rohrpost.batch.entity.BatchStatus.WAITING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BatchStatusTest {
  private static final Set<BatchStatus> FINAL =
      EnumSet.of(COMPLETED, NO_MESSAGES, ERROR, CANCELLED);

  /** The life cycle of DESIGN.md, written out apart from the enum. */
  private static final Map<BatchStatus, Set<BatchStatus>> ALLOWED = lifeCycle();

  private static Map<BatchStatus, Set<BatchStatus>> lifeCycle() {
    Map<BatchStatus, Set<BatchStatus>> next = new EnumMap<>(BatchStatus.class);
    for (BatchStatus s : BatchStatus.values()) {
      next.put(s, EnumSet.noneOf(BatchStatus.class));
    }
    next.get(SCHEDULED).add(GENERATION_QUEUED);
    next.get(GENERATION_QUEUED).add(GENERATING);
    next.get(GENERATING).addAll(EnumSet.of(PENDING_APPROVAL, SEND_CONFIGURE, NO_MESSAGES, PAUSED));
    next.get(GENERATING_ADHOC).addAll(EnumSet.of(SEND_CONFIGURE, NO_MESSAGES));
    next.get(PENDING_APPROVAL).addAll(EnumSet.of(SEND_CONFIGURE, CANCELLED));
    next.get(SEND_CONFIGURE).addAll(EnumSet.of(WAITING, SENDING));
    next.get(WAITING).addAll(EnumSet.of(SENDING, SEND_FINALIZE, PAUSED));
    next.get(SENDING).addAll(EnumSet.of(WAITING, SEND_FINALIZE, PAUSED));
    next.get(SEND_FINALIZE).add(COMPLETED);
    next.get(PAUSED).addAll(EnumSet.of(GENERATION_QUEUED, WAITING, SENDING, CANCELLED));
    for (BatchStatus s : BatchStatus.values()) {
      if (!FINAL.contains(s)) {
        next.get(s).add(ERROR);
      }
    }
    return next;
  }

  static Stream<Arguments> everyPair() {
    return Stream.of(BatchStatus.values())
        .flatMap(from -> Stream.of(BatchStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void canMoveToFollowsTheLifeCycle(BatchStatus from, BatchStatus to) {
    assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.get(from).contains(to));
  }

  @Test
  void everyPairIsCovered() {
    assertThat(everyPair()).hasSize(BatchStatus.values().length * BatchStatus.values().length);
  }

  @ParameterizedTest
  @EnumSource(BatchStatus.class)
  void onlyTheFourEndStatusesAreFinal(BatchStatus s) {
    assertThat(s.isFinal()).isEqualTo(FINAL.contains(s));
  }

  @ParameterizedTest
  @EnumSource(BatchStatus.class)
  void pauseIsPossibleWhileGeneratingWaitingOrSending(BatchStatus s) {
    assertThat(s.isPausable()).isEqualTo(EnumSet.of(GENERATING, WAITING, SENDING).contains(s));
  }

  @ParameterizedTest
  @EnumSource(BatchStatus.class)
  void underWayIsGeneratingOrSendingNotWaitingForATimeOrAPerson(BatchStatus s) {
    assertThat(s.isUnderWay())
        .isEqualTo(
            EnumSet.of(
                    GENERATION_QUEUED,
                    GENERATING,
                    GENERATING_ADHOC,
                    SEND_CONFIGURE,
                    SENDING,
                    SEND_FINALIZE)
                .contains(s));
  }

  @Test
  void resumeRegeneratesWhatWasPausedWhileGenerating() {
    assertThat(GENERATING.resumesTo()).isEqualTo(GENERATION_QUEUED);
    assertThat(WAITING.resumesTo()).isEqualTo(WAITING);
    assertThat(SENDING.resumesTo()).isEqualTo(SENDING);
  }

  @ParameterizedTest
  @EnumSource(
      value = BatchStatus.class,
      names = {"GENERATING", "WAITING", "SENDING"})
  void aPausedBatchMayMoveToWhereItResumesTo(BatchStatus s) {
    assertThat(PAUSED.canMoveTo(s.resumesTo())).isTrue();
  }
}
