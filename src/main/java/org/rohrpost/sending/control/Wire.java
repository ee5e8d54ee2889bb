package org.rohrpost.sending.control;

import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * The channel a bundle is sent over (an SMTP connection, a printer): opened for the first message,
 * opened again after it was lost or closed for a long wait. When it cannot be opened, that failure
 * is the outcome of every message of the bundle still to go (each tried again later).
 */
final class Wire implements AutoCloseable {
  /** Opens the channel of a bundle's message system. */
  @FunctionalInterface
  interface Opener {
    Channel open() throws CannotConnectException;
  }

  private final Opener opener;
  private Channel connection;
  private Outcome cannotConnect;

  Wire(Opener opener) {
    this.opener = opener;
  }

  Outcome send(Message message, ListUnsubscribe unsubscribe) {
    if (connection == null && cannotConnect == null) {
      try {
        connection = opener.open();
      } catch (CannotConnectException e) {
        cannotConnect = e.outcome();
      }
    }
    if (cannotConnect != null) {
      return cannotConnect;
    }
    Outcome outcome = connection.send(message, unsubscribe);
    if (outcome.connectionLost()) {
      close();
    }
    return outcome;
  }

  /** Closes the connection, if one is open; the next message opens another. */
  @Override
  public void close() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }
}
