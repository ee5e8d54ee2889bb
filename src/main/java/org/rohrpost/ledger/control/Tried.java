package org.rohrpost.ledger.control;

import org.rohrpost.ledger.entity.Message;

/**
 * A message that was on the wire and how that went, and whether its content goes once it is sent
 * (its client's setting).
 */
public record Tried(Message message, Outcome outcome, boolean deleteOnSuccess) {}
