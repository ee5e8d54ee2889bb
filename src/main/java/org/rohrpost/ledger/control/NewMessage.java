package org.rohrpost.ledger.control;

import org.rohrpost.ledger.entity.Message;

/** A message for the ledger, to be sent or skipped with {@code skipReason} (null: sent). */
public record NewMessage(
    Message.Recipient recipient, Message.Rendered rendered, String skipReason) {}
