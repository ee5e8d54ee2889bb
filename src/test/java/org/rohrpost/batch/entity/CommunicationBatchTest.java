package org.rohrpost.batch.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.template.entity.Template;

/** The life cycle of a communication's batch, from scheduled to generated. */
class CommunicationBatchTest {
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void takesItsClientSystemAndClassFromTheCommunication() {
    Batch batch = Batch.of(communication(false, QueueClass.TRICKLE), null);

    assertThat(batch.status()).isEqualTo(BatchStatus.SCHEDULED);
    assertThat(batch.client().key()).isEqualTo("acme");
    assertThat(batch.queueClass()).isEqualTo(QueueClass.TRICKLE);
    assertThat(Batch.of(communication(false, null), null).queueClass()).isEqualTo(QueueClass.BULK);
  }

  @Test
  void isBulkOnEveryClass() {
    assertThat(Batch.of(communication(false, QueueClass.NORMAL), null).isBulk()).isTrue();
    assertThat(Batch.of(communication(false, QueueClass.DEDICATED), null).isBulk()).isTrue();
  }

  @Test
  void isDueWithoutASendTimeOrOnceItHasCome() {
    assertThat(Batch.of(communication(false, null), null).isDue(NOW)).isTrue();
    assertThat(Batch.of(communication(false, null), NOW).isDue(NOW)).isTrue();
    assertThat(Batch.of(communication(false, null), NOW.plusSeconds(1)).isDue(NOW)).isFalse();
  }

  @Test
  void waitsForApprovalAfterGenerationUnlessBypassed() {
    Batch approved = generating(false);
    approved.generated(true);
    assertThat(approved.status()).isEqualTo(BatchStatus.PENDING_APPROVAL);
    approved.approve();
    assertThat(approved.status()).isEqualTo(BatchStatus.SEND_CONFIGURE);

    Batch bypassed = generating(true);
    bypassed.generated(true);
    assertThat(bypassed.status()).isEqualTo(BatchStatus.SEND_CONFIGURE);
  }

  @Test
  void nothingToSendEndsWithNoMessages() {
    Batch batch = generating(false);
    batch.generated(false);
    assertThat(batch.status()).isEqualTo(BatchStatus.NO_MESSAGES);
    assertThat(batch.status().isFinal()).isTrue();
  }

  @Test
  void remembersTheJobGeneratingIt() {
    assertThat(generating(false).jobExecutionId()).isEqualTo(42L);
  }

  @Test
  void aPauseInGenerationResumesToANewGeneration() {
    Batch batch = generating(false);
    batch.pause();
    assertThat(batch.pausedFrom()).isEqualTo(BatchStatus.GENERATING);

    batch.resume();

    assertThat(batch.status()).isEqualTo(BatchStatus.GENERATION_QUEUED);
    batch.generationStarted(43);
    assertThat(batch.jobExecutionId()).isEqualTo(43L);
  }

  @Test
  void aNewJobTakesOverAGenerationLeftBehind() {
    Batch batch = generating(false);

    batch.generationStarted(99);

    assertThat(batch.status()).isEqualTo(BatchStatus.GENERATING);
    assertThat(batch.jobExecutionId()).isEqualTo(99L);
  }

  @Test
  void generationStartsOnlyWhenQueued() {
    Batch batch = Batch.of(communication(false, null), null);
    assertThatThrownBy(() -> batch.generationStarted(1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("SCHEDULED");
    assertThatThrownBy(batch::pause).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(batch::cancel).isInstanceOf(IllegalTransitionException.class);
  }

  private static Batch generating(boolean bypassApproval) {
    Batch batch = Batch.of(communication(bypassApproval, null), null);
    batch.generationQueued();
    batch.generationStarted(42);
    return batch;
  }

  private static Communication communication(boolean bypassApproval, QueueClass queueClass) {
    return new Communication(
        new Client("acme", "Acme", QueueClass.BULK, null),
        "news",
        new Communication.Parts(
            null,
            null,
            new Template("Hi", null, "Hello"),
            bypassApproval,
            bypassApproval ? List.of() : List.of("boss@acme.example"),
            queueClass));
  }
}
