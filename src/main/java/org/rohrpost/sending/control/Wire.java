package org.rohrpost.sending.control;

import io.opentelemetry.api.trace.Span;
import org.rohrpost.channel.control.CannotConnectException;
import org.rohrpost.channel.control.Connection;
import org.rohrpost.channel.control.Endpoint;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.tracing.control.Traces;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * The connection a bundle is sent over (to a relay, a printer): opened for the first message,
 * opened again after it was lost or closed for a long wait, each time in a span of its own. When it
 * cannot be opened, that failure is the outcome of every message of the bundle still to go (each
 * tried again later).
 */
final class Wire implements AutoCloseable {
  private final Endpoint endpoint;
  private final Traces traces;
  private Connection connection;
  private Outcome cannotConnect;

  Wire(Endpoint endpoint, Traces traces) {
    this.endpoint = endpoint;
    this.traces = traces;
  }

  Outcome send(Message message, ListUnsubscribe unsubscribe) {
    if (connection == null && cannotConnect == null) {
      connect();
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

  private void connect() {
    Span span = traces.start("rohrpost connect", null);
    try {
      connection = endpoint.connect();
    } catch (CannotConnectException e) {
      cannotConnect = e.outcome();
      Traces.failed(span, e);
    } finally {
      span.end();
    }
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
