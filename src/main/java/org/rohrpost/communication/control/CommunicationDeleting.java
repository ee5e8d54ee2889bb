package org.rohrpost.communication.control;

import org.rohrpost.communication.entity.Communication;

/**
 * A communication is about to be deleted, inside the transaction: an observer that still needs it
 * refuses by throwing a {@link org.rohrpost.problem.control.ConflictException}.
 */
public record CommunicationDeleting(Communication communication) {}
