package org.rohrpost.channel.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rohrpost.channel.control.TestMessages.message;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.entity.MessageSystem;

/**
 * What every channel does, whatever its far end: the test of a channel implements this interface
 * (in the style of Apache James's mail-queue contracts) and runs it against a real far end. The
 * SMTP channel runs it against GreenMail, the print channel against CUPS's IPP test printer, and
 * {@code MemoryChannel} in memory.
 */
public interface ChannelContract {
  /** The channel under test. */
  Channel channel();

  /** A message system of the channel's type whose far end is up. */
  MessageSystem reachable();

  /** A message system of the channel's type whose far end cannot be reached. */
  MessageSystem unreachable();

  /**
   * What reached the far end since the test began, one text per message in the order they came
   * (each holds its recipient's address), waiting a while for {@code expected} of them.
   */
  List<String> arrived(int expected) throws Exception;

  @Test
  default void carriesTheMessageSystemsOfItsType() {
    assertThat(channel().type()).isEqualTo(reachable().type()).isEqualTo(unreachable().type());
  }

  @Test
  default void aMessageHandedOverArrivesAndCountsAsSent() throws Exception {
    Message message = message(1, "ada@example.org", "Statement", "<p>Hi Ada</p>", "Hi Ada");

    Outcome outcome;
    try (Connection connection = channel().endpointOf(reachable()).connect()) {
      outcome = sendWhenTaken(connection, message);
    }

    assertThat(outcome.kind()).as("%s", outcome).isEqualTo(Outcome.Kind.SENT);
    assertThat(outcome.connectionLost()).isFalse();
    List<String> arrived = arrived(1);
    assertThat(arrived).hasSize(1);
    assertThat(arrived.get(0)).contains("ada@example.org");
  }

  @Test
  default void oneConnectionCarriesABundleInOrder() throws Exception {
    List<String> to = List.of("one@example.org", "two@example.org", "three@example.org");

    try (Connection connection = channel().endpointOf(reachable()).connect()) {
      for (int i = 0; i < to.size(); i++) {
        Message message = message(10 + i, to.get(i), "Number " + i, null, "Text " + i);
        Outcome outcome = sendWhenTaken(connection, message);
        assertThat(outcome.kind()).as("%s", outcome).isEqualTo(Outcome.Kind.SENT);
      }
    }

    List<String> arrived = arrived(to.size());
    assertThat(arrived).hasSize(to.size());
    for (int i = 0; i < to.size(); i++) {
      assertThat(arrived.get(i)).contains(to.get(i));
    }
  }

  @Test
  default void anEndpointConnectsAgainAfterItsConnectionWasClosed() throws Exception {
    Endpoint endpoint = channel().endpointOf(reachable());
    try (Connection first = endpoint.connect()) {
      sendWhenTaken(first, message(20, "first@example.org", "First", null, "1"));
    }
    Connection second = endpoint.connect();
    Outcome outcome = sendWhenTaken(second, message(21, "second@example.org", "Second", null, "2"));
    second.close();
    second.close();

    assertThat(outcome.kind()).as("%s", outcome).isEqualTo(Outcome.Kind.SENT);
    assertThat(arrived(2)).hasSize(2);
  }

  /**
   * A far end out of reach is worth another try later, with the connection lost, whether the
   * channel finds out when it connects or when it hands the message over; nothing arrives.
   */
  @Test
  default void anUnreachableFarEndIsATemporaryFailureWithTheConnectionLost() throws Exception {
    Message message = message(30, "nobody@example.org", "Lost", null, "Lost");

    Outcome outcome;
    try (Connection connection = channel().endpointOf(unreachable()).connect()) {
      outcome = connection.send(message, null);
    } catch (CannotConnectException e) {
      outcome = e.outcome();
    }

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.TEMPORARY);
    assertThat(outcome.connectionLost()).isTrue();
    assertThat(arrived(0)).isEmpty();
  }

  /**
   * Sends the message, again after a moment while the far end is busy: a printer prints one job at
   * a time and refuses the next meanwhile, a temporary failure (with the connection kept) that
   * dispatch tries again later. Anything else is the outcome.
   */
  private static Outcome sendWhenTaken(Connection connection, Message message)
      throws InterruptedException {
    Outcome outcome = connection.send(message, null);
    for (int tries = 1;
        tries < 50 && outcome.kind() == Outcome.Kind.TEMPORARY && !outcome.connectionLost();
        tries++) {
      Thread.sleep(100);
      outcome = connection.send(message, null);
    }
    return outcome;
  }
}
