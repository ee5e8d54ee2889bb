package org.rohrpost.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rohrpost.ledger.entity.MessageStatus.CANCELLED;
import static org.rohrpost.ledger.entity.MessageStatus.DEAD;
import static org.rohrpost.ledger.entity.MessageStatus.EXPIRED;
import static org.rohrpost.ledger.entity.MessageStatus.FAILED;
import static org.rohrpost.ledger.entity.MessageStatus.PENDING;
import static org.rohrpost.ledger.entity.MessageStatus.QUEUED;
import static org.rohrpost.ledger.entity.MessageStatus.REVIEW;
import static org.rohrpost.ledger.entity.MessageStatus.SENDING;
import static org.rohrpost.ledger.entity.MessageStatus.SENT;
import static org.rohrpost.ledger.entity.MessageStatus.SKIPPED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The message's life, written out status by status: what the transition table must allow. */
class MessageTransitionTest {
  private static final Map<MessageStatus, Set<MessageStatus>> ALLOWED =
      Map.of(
          PENDING, EnumSet.of(QUEUED, EXPIRED, CANCELLED, SKIPPED),
          QUEUED, EnumSet.of(SENDING, EXPIRED, PENDING, CANCELLED),
          SENDING, EnumSet.of(SENDING, SENT, FAILED, DEAD, REVIEW, EXPIRED, PENDING, CANCELLED),
          FAILED, EnumSet.of(QUEUED, EXPIRED, CANCELLED));

  @Test
  void everyMoveOfTheTableAndNoOther() {
    List<String> wrong = new ArrayList<>();
    for (MessageStatus from : MessageStatus.values()) {
      for (MessageStatus to : MessageStatus.values()) {
        boolean expected = ALLOWED.getOrDefault(from, Set.of()).contains(to);
        if (canMove(from, to) != expected) {
          wrong.add(from + " -> " + to + (expected ? " refused" : " allowed"));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static boolean canMove(MessageStatus from, MessageStatus to) {
    return Arrays.stream(MessageTransition.values())
        .anyMatch(t -> t.to() == to && t.startsFrom(from));
  }

  @ParameterizedTest
  @EnumSource(
      value = MessageStatus.class,
      names = {"SENT", "DEAD", "EXPIRED", "SKIPPED", "CANCELLED", "REVIEW"})
  void aFinalMessageNeverChanges(MessageStatus last) {
    assertThat(last.isFinal()).isTrue();
    assertThat(MessageTransition.values()).noneMatch(t -> t.startsFrom(last));
  }

  @Test
  void cancellingTakesEveryOpenMessageAndOnlyThose() {
    assertThat(MessageTransition.CANCEL.from()).isEqualTo(MessageStatus.OPEN);
  }

  @Test
  void onlyANewPendingMessageIsSkipped() {
    Message message =
        new Message(
            1,
            new Message.Recipient("a@example.org", null),
            new Message.Rendered("s", null, "t"),
            new Message.Delivery(5, null, null, "example.org"));
    message.skip("suppressed");
    assertThat(message.status()).isEqualTo(SKIPPED);
    assertThat(message.lastError()).isEqualTo("suppressed");
  }
}
