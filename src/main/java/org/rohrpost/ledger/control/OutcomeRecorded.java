package org.rohrpost.ledger.control;

import java.time.Instant;

/**
 * An attempt's outcome written to the ledger: fired in the transaction that records it, for
 * observers {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, which hear of it only once
 * it is committed (delivery events and webhooks subscribe here). {@code attempt} is the attempt's
 * number; a throttled or interrupted attempt is recorded too.
 */
public record OutcomeRecorded(
    long messageId, long batchId, int attempt, Outcome outcome, Instant at) {}
