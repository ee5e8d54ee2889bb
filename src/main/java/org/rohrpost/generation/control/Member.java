package org.rohrpost.generation.control;

import org.rohrpost.ledger.entity.Message;

/**
 * One population member as generation reads it: its place in the population, its address, what its
 * template sees, and why it is not to be sent to (invalid address, suppressed), if so.
 */
public record Member(
    int position,
    String email,
    String name,
    String dataJson,
    String invalidReason,
    boolean suppressed) {

  Message.Recipient recipient() {
    return new Message.Recipient(email, name);
  }
}
