package org.rohrpost.sending.control;

import java.util.List;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.entity.SmtpSettings;

/** A claimed bundle: what to send, and over which server. */
public record BundleWork(
    long bundleId, long batchId, SmtpSettings smtp, String password, List<Message> messages) {}
