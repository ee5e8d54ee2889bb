package org.rohrpost.generation.control;

import org.rohrpost.ledger.entity.Message;

/**
 * A generated message for the ledger: to be sent, or skipped with the reason; {@code position} is
 * its member's in the population.
 */
public record LedgerRow(
    int position, Message.Recipient recipient, Message.Rendered rendered, String skipReason) {}
