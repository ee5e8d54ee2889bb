package org.rohrpost.sending.control;

import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/** Where a bundle's messages go, one after another: an SMTP connection, or a printer. */
public interface Channel extends AutoCloseable {
  /** Hands one message over and says how that went; {@code unsubscribe} is null unless bulk. */
  Outcome send(Message message, ListUnsubscribe unsubscribe);

  @Override
  void close();
}
