package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rohrpost.channel.control.TestMessages;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageTransition;

/** How the end of an attempt is recorded, for each outcome (messages have 3 attempts). */
class FinishTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final Message FIRST_TRY = TestMessages.message(1, "a@example.org", "s", null, "t");

  @Test
  void aSentMessageIsSentAndKeepsItsContentUnlessItsClientSaysOtherwise() {
    Finish kept = finish(FIRST_TRY, Outcome.sent(250, "ok"), false);
    Finish deleted = finish(FIRST_TRY, Outcome.sent(250, "ok"), true);

    assertThat(kept.transition()).isEqualTo(MessageTransition.SEND);
    assertThat(kept.attempt()).isEqualTo(1);
    assertThat(kept.deleteContent()).isFalse();
    assertThat(deleted.deleteContent()).isTrue();
  }

  @Test
  void aRefusalForNowIsTriedLaterWithinTheRetryPolicysDelay() {
    Finish finish = finish(FIRST_TRY, Outcome.temporary(451, "busy", false), true);

    assertThat(finish.transition()).isEqualTo(MessageTransition.RETRY_LATER);
    assertThat(finish.error()).isEqualTo("busy");
    assertThat(finish.nextAttemptAt()).isBetween(NOW.plusSeconds(15), NOW.plusSeconds(30));
    assertThat(finish.deleteContent()).isFalse();
  }

  @Test
  void aRefusalForNowOnTheLastAttemptEndsTheMessage() {
    Message lastTry = TestMessages.message(1, "a@example.org", "s", null, "t");
    TestMessages.setAttempts(lastTry, 2);

    Finish finish = finish(lastTry, Outcome.temporary(451, "busy", false), false);

    assertThat(finish.transition()).isEqualTo(MessageTransition.GIVE_UP);
    assertThat(finish.attempt()).isEqualTo(3);
    assertThat(finish.nextAttemptAt()).isNull();
  }

  @Test
  void aRefusalForGoodEndsTheMessageWithItsReplyCutToWhatTheLedgerKeeps() {
    Finish finish = finish(FIRST_TRY, Outcome.permanent(550, "x".repeat(5000)), false);

    assertThat(finish.transition()).isEqualTo(MessageTransition.GIVE_UP);
    assertThat(finish.error()).hasSize(2000);
  }

  @Test
  void throttledAndInterruptedAttemptsAreNotFinishedHere() {
    assertThatThrownBy(() -> finish(FIRST_TRY, Outcome.throttled(421, "slow down", false), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> finish(FIRST_TRY, Outcome.interrupted("stopped"), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Finish finish(Message message, Outcome outcome, boolean deleteOnSuccess) {
    return Finish.of(
        new Tried(message, outcome, deleteOnSuccess),
        NOW,
        () -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), new Random(7)));
  }
}
