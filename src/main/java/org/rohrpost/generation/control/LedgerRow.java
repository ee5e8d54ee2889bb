package org.rohrpost.generation.control;

import org.rohrpost.ledger.entity.Message;

/** A generated message for the ledger: to be sent, or skipped with the reason. */
public record LedgerRow(
    Message.Recipient recipient, Message.Rendered rendered, String skipReason) {}
