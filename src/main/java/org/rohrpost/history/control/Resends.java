package org.rohrpost.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.sending.control.ReadyBatches;

/**
 * Sends a message again (an administrator's resend, or a dead one corrected): the copy is committed
 * first, then queued. Should queueing fail, the sweeper queues it later.
 */
@ApplicationScoped
public class Resends {
  private static final Logger LOG = Logger.getLogger(Resends.class.getName());

  @Inject MessageCopies copies;
  @Inject ReadyBatches readyBatches;

  public Message resend(long messageId, Correction correction) {
    Message copy = copies.copy(messageId, correction);
    readyBatches.queue(copy.batchId());
    LOG.info(
        "Message "
            + messageId
            + (correction == null ? " resent" : " corrected")
            + " as "
            + copy.id());
    return copy;
  }
}
