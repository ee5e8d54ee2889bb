package org.rohrpost.sending.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rohrpost.client.entity.QueueClass;

class QueueTurnTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void aNewClientHasNotBeenServedAndAServedOneGoesToTheBack() {
    QueueTurn turn = new QueueTurn(5, QueueClass.BULK);
    assertThat(turn.servedAt()).isEqualTo(Instant.EPOCH);

    turn.served(T0);
    assertThat(turn.servedAt()).isEqualTo(T0);
  }

  @Test
  void aLateClockOfAnotherServerDoesNotMoveAClientForward() {
    QueueTurn turn = new QueueTurn(5, QueueClass.BULK);
    turn.served(T0);

    turn.served(T0.minusSeconds(3));

    assertThat(turn.servedAt()).isEqualTo(T0);
  }

  @Test
  void keysAreEqualByClientAndClass() {
    assertThat(new QueueTurn.Key(1, QueueClass.BULK))
        .isEqualTo(new QueueTurn.Key(1, QueueClass.BULK))
        .hasSameHashCodeAs(new QueueTurn.Key(1, QueueClass.BULK))
        .isNotEqualTo(new QueueTurn.Key(1, QueueClass.NORMAL))
        .isNotEqualTo(new QueueTurn.Key(2, QueueClass.BULK));
  }
}
