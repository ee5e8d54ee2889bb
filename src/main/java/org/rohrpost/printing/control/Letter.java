package org.rohrpost.printing.control;

import java.time.Instant;

/**
 * What a printed letter shows: who it is for, the subject, the text (a message's text part, or its
 * HTML part as text), and its Message-ID in the footer so that a printed page can be found again.
 */
public record Letter(
    String recipientName,
    String recipient,
    String subject,
    String text,
    String messageId,
    Instant date) {}
