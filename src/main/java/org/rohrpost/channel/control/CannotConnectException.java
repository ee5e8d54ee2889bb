package org.rohrpost.channel.control;

import org.rohrpost.ledger.control.Outcome;

/**
 * No connection to the message system's server: the outcome that stands for each message the
 * connection was opened for.
 */
public class CannotConnectException extends Exception {
  private final transient Outcome outcome;

  public CannotConnectException(Outcome outcome, Throwable cause) {
    super(outcome.detail(), cause);
    this.outcome = outcome;
  }

  public Outcome outcome() {
    return outcome;
  }
}
