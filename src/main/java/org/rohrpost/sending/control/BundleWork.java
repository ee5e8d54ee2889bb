package org.rohrpost.sending.control;

import java.util.List;
import java.util.Map;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.control.DkimKey;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.printing.control.PrintDestination;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * A claimed bundle: whose (client and class) and what to send, over which message system and server
 * (or to which printer: null for mail), signed with which DKIM key (null: unsigned), held to which
 * rates (the class's, the message system's), whether a sent message's content is deleted at once
 * (its client's setting), and the unsubscribe links per message id (none unless the batch is bulk).
 */
public record BundleWork(
    long bundleId,
    long batchId,
    String client,
    QueueClass queueClass,
    long messageSystemId,
    SmtpSettings smtp,
    PrintDestination printer,
    String password,
    DkimKey dkim,
    List<Pacing.Rate> rates,
    boolean deleteOnSuccess,
    List<Message> messages,
    Map<Long, ListUnsubscribe> unsubscribe) {}
