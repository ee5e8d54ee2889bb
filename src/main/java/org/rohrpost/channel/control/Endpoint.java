package org.rohrpost.channel.control;

/**
 * A message system's far end (its relay, its printer) with all that connecting needs, read while
 * the system's row was at hand: a worker connects later, outside any transaction, and again after a
 * lost connection.
 */
@FunctionalInterface
public interface Endpoint {
  /**
   * Opens a connection.
   *
   * @throws CannotConnectException with the outcome that stands for every message it was for
   */
  Connection connect() throws CannotConnectException;
}
