package org.rohrpost.sending.control;

import java.util.List;
import java.util.Map;
import org.rohrpost.channel.control.Endpoint;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * A claimed bundle: whose (client and class) and what to send, over which message system and to
 * which far end of its channel, held to which rates (the class's, the message system's), whether a
 * sent message's content is deleted at once (its client's setting), and the unsubscribe links per
 * message id (none unless the batch is bulk), and the trace it belongs to (null if none).
 */
public record BundleWork(
    long bundleId,
    long batchId,
    String client,
    QueueClass queueClass,
    long messageSystemId,
    Endpoint endpoint,
    List<Pacing.Rate> rates,
    boolean deleteOnSuccess,
    List<Message> messages,
    Map<Long, ListUnsubscribe> unsubscribe,
    String traceContext) {}
