package org.rohrpost.generation.control;

import org.rohrpost.ledger.control.NewMessage;

/** A generated message for the ledger; {@code position} is its member's in the population. */
public record LedgerRow(int position, NewMessage message) {}
