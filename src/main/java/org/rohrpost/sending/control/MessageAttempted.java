package org.rohrpost.sending.control;

import java.time.Duration;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.control.Outcome;

/**
 * A message was tried: for metrics. {@code sinceCreated} is the time from its creation (request or
 * generation) to the server's answer.
 */
public record MessageAttempted(
    String client, QueueClass queueClass, Outcome outcome, Duration sinceCreated) {}
