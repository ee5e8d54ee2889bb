package org.rohrpost.batch.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;

class BatchTest {

  @Test
  void anAdhocBatchStartsGenerating() {
    Batch batch = newBatch();
    assertThat(batch.status()).isEqualTo(BatchStatus.GENERATING_ADHOC);
    assertThat(batch.queueClass()).isEqualTo(QueueClass.NORMAL);
    assertThat(batch.updatedAt()).isEqualTo(batch.createdAt());
  }

  @Test
  void aDedicatedBatchGoesToItsClientsServerAndOtherClassesToAnyServer() {
    Client pinned = new Client("d", "D", QueueClass.DEDICATED, "server-a");
    Client unpinned = new Client("e", "E", QueueClass.DEDICATED, null);

    assertThat(Batch.adhoc(pinned, null, QueueClass.DEDICATED).pinnedServer())
        .isEqualTo("server-a");
    assertThat(Batch.adhoc(pinned, null, QueueClass.NORMAL).pinnedServer()).isNull();
    assertThat(Batch.adhoc(unpinned, null, QueueClass.DEDICATED).pinnedServer()).isNull();
  }

  @ParameterizedTest
  @EnumSource(QueueClass.class)
  void anAdhocBatchIsBulkOnTheBulkAndTrickleClasses(QueueClass queueClass) {
    assertThat(Batch.adhoc(null, null, queueClass).isBulk())
        .isEqualTo(queueClass == QueueClass.BULK || queueClass == QueueClass.TRICKLE);
  }

  @Test
  void goesThroughTheAdhocLifeCycle() {
    Batch batch = newBatch();
    batch.readyToSend();
    assertThat(batch.status()).isEqualTo(BatchStatus.SEND_CONFIGURE);
    batch.queued();
    assertThat(batch.status()).isEqualTo(BatchStatus.WAITING);
    batch.sendingStarted();
    assertThat(batch.status()).isEqualTo(BatchStatus.SENDING);
    batch.complete();
    assertThat(batch.status()).isEqualTo(BatchStatus.COMPLETED);
  }

  @Test
  void sendingStartedTwiceIsHarmless() {
    Batch batch = inStatus(BatchStatus.SENDING);
    batch.sendingStarted();
    assertThat(batch.status()).isEqualTo(BatchStatus.SENDING);
  }

  @Test
  void sendingMayStartStraightFromSendConfigure() {
    Batch batch = inStatus(BatchStatus.SEND_CONFIGURE);
    batch.sendingStarted();
    assertThat(batch.status()).isEqualTo(BatchStatus.SENDING);
  }

  @Test
  void aWaitingBatchCanComplete() {
    Batch batch = inStatus(BatchStatus.WAITING);
    batch.complete();
    assertThat(batch.status()).isEqualTo(BatchStatus.COMPLETED);
  }

  @ParameterizedTest
  @MethodSource("pausable")
  void resumeReturnsToWhereThePauseCameFrom(BatchStatus from) {
    Batch batch = inStatus(from);
    batch.pause();
    assertThat(batch.status()).isEqualTo(BatchStatus.PAUSED);
    assertThat(batch.pausedFrom()).isEqualTo(from);
    batch.resume();
    assertThat(batch.status()).isEqualTo(from);
    assertThat(batch.pausedFrom()).isNull();
  }

  static Stream<BatchStatus> pausable() {
    // GENERATING (which resumes to GENERATION_QUEUED) cannot be reached by an ad-hoc batch.
    return Stream.of(BatchStatus.WAITING, BatchStatus.SENDING);
  }

  @Test
  void aPausedBatchCanBeCancelled() {
    Batch batch = inStatus(BatchStatus.PAUSED);
    batch.cancel();
    assertThat(batch.status()).isEqualTo(BatchStatus.CANCELLED);
    assertThat(batch.pausedFrom()).isNull();
  }

  @Test
  void failKeepsTheReason() {
    Batch batch = inStatus(BatchStatus.SENDING);
    batch.fail("SMTP server gone");
    assertThat(batch.status()).isEqualTo(BatchStatus.ERROR);
    assertThat(batch.errorReason()).isEqualTo("SMTP server gone");
  }

  @Test
  void failTruncatesALongReasonTo2000Characters() {
    Batch batch = newBatch();
    batch.fail("x".repeat(1999) + "yz");
    assertThat(batch.errorReason()).hasSize(2000).endsWith("xy");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusedChanges")
  void refusedChangesThrowAndLeaveTheStatus(BatchStatus status, Consumer<Batch> change) {
    Batch batch = inStatus(status);
    assertThatThrownBy(() -> change.accept(batch))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.current()).isEqualTo(status);
              assertThat(e).hasMessageContaining(status.name());
            });
    assertThat(batch.status()).isEqualTo(status);
  }

  static Stream<Arguments> refusedChanges() {
    return Stream.of(
        refused(BatchStatus.GENERATING_ADHOC, "queued", Batch::queued),
        refused(BatchStatus.GENERATING_ADHOC, "sendingStarted", Batch::sendingStarted),
        refused(BatchStatus.GENERATING_ADHOC, "complete", Batch::complete),
        refused(BatchStatus.GENERATING_ADHOC, "cancel", Batch::cancel),
        refused(BatchStatus.GENERATING_ADHOC, "approve", Batch::approve),
        refused(BatchStatus.GENERATING_ADHOC, "pause", Batch::pause),
        refused(BatchStatus.GENERATING_ADHOC, "resume", Batch::resume),
        refused(BatchStatus.SEND_CONFIGURE, "complete", Batch::complete),
        refused(BatchStatus.SEND_CONFIGURE, "pause", Batch::pause),
        refused(BatchStatus.WAITING, "readyToSend", Batch::readyToSend),
        refused(BatchStatus.WAITING, "cancel", Batch::cancel),
        refused(BatchStatus.SENDING, "cancel", Batch::cancel),
        refused(BatchStatus.SENDING, "approve", Batch::approve),
        refused(BatchStatus.PAUSED, "pause", Batch::pause),
        refused(BatchStatus.COMPLETED, "fail", b -> b.fail("late")),
        refused(BatchStatus.COMPLETED, "sendingStarted", Batch::sendingStarted),
        refused(BatchStatus.CANCELLED, "resume", Batch::resume),
        refused(BatchStatus.ERROR, "fail", b -> b.fail("again")));
  }

  @Test
  void aPausedBatchDoesNotStartSendingWithoutResume() {
    Batch batch = inStatus(BatchStatus.PAUSED);
    assertThatThrownBy(batch::sendingStarted).isInstanceOf(IllegalTransitionException.class);
    assertThat(batch.status()).isEqualTo(BatchStatus.PAUSED);
    assertThat(batch.pausedFrom()).isEqualTo(BatchStatus.WAITING);
  }

  @Test
  void aRefusedFailKeepsTheOldReason() {
    Batch batch = inStatus(BatchStatus.ERROR);
    assertThatThrownBy(() -> batch.fail("again")).isInstanceOf(IllegalTransitionException.class);
    assertThat(batch.errorReason()).isEqualTo("reached ERROR");
  }

  private static Arguments refused(BatchStatus status, String change, Consumer<Batch> action) {
    return Arguments.of(status, Named.of(change, action));
  }

  private static Batch newBatch() {
    return Batch.adhoc(null, null, QueueClass.NORMAL);
  }

  /** A batch brought to the status by its own methods only. */
  private static Batch inStatus(BatchStatus status) {
    Batch batch = newBatch();
    switch (status) {
      case GENERATING_ADHOC -> {}
      case SEND_CONFIGURE -> batch.readyToSend();
      case WAITING -> {
        batch.readyToSend();
        batch.queued();
      }
      case SENDING, COMPLETED -> {
        batch.readyToSend();
        batch.sendingStarted();
        if (status == BatchStatus.COMPLETED) {
          batch.complete();
        }
      }
      case PAUSED, CANCELLED -> {
        batch.readyToSend();
        batch.queued();
        batch.pause();
        if (status == BatchStatus.CANCELLED) {
          batch.cancel();
        }
      }
      case ERROR -> batch.fail("reached ERROR");
      default -> throw new IllegalArgumentException("not reachable by an ad-hoc batch: " + status);
    }
    assertThat(batch.status()).isEqualTo(status);
    return batch;
  }
}
