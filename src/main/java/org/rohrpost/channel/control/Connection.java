package org.rohrpost.channel.control;

import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * An open way out for a bundle's messages, one after another (an SMTP connection, a printer): it
 * hands each message over and classifies how that went. Not thread-safe: one worker holds it.
 */
public interface Connection extends AutoCloseable {
  /** Hands one message over and says how that went; {@code unsubscribe} is null unless bulk. */
  Outcome send(Message message, ListUnsubscribe unsubscribe);

  /** Lets the connection go; the messages are recorded already, so this never fails. */
  @Override
  void close();
}
