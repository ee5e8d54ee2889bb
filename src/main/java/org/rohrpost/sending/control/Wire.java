package org.rohrpost.sending.control;

import org.rohrpost.channel.control.CannotConnectException;
import org.rohrpost.channel.control.Connection;
import org.rohrpost.channel.control.Endpoint;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * The connection a bundle is sent over (to a relay, a printer): opened for the first message,
 * opened again after it was lost or closed for a long wait. When it cannot be opened, that failure
 * is the outcome of every message of the bundle still to go (each tried again later).
 */
final class Wire implements AutoCloseable {
  private final Endpoint endpoint;
  private Connection connection;
  private Outcome cannotConnect;

  Wire(Endpoint endpoint) {
    this.endpoint = endpoint;
  }

  Outcome send(Message message, ListUnsubscribe unsubscribe) {
    if (connection == null && cannotConnect == null) {
      try {
        connection = endpoint.connect();
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
