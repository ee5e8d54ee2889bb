package org.rohrpost.client.entity;

/**
 * What becomes of a client's message found on the wire after its server stopped: it may or may not
 * have reached the relay before the stop.
 */
public enum OnTheWire {
  /** Sent again: the one duplicate the promise allows (the default). */
  RESEND,
  /** Left for an operator (status REVIEW), never sent twice by Rohrpost itself. */
  REVIEW
}
