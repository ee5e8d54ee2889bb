package org.rohrpost.ledger.control;

/**
 * One worker's part of a group that {@link Handovers} writes: the end of its previous attempt, the
 * id of its next message to go on the wire, or both.
 */
record Handover(Finish finish, Long next) {}
