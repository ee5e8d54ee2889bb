package org.rohrpost.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.client.control.ClientScope;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.tracing.control.Traces;
import org.rohrpost.validation.control.FieldErrors;

/**
 * Makes the copy that sends a message again: in a new ad-hoc batch of the same client, message
 * system and class (the original's batch may long be over), linked to the original, ready to send.
 */
@ApplicationScoped
public class MessageCopies {
  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject ClientScope scope;
  @Inject Traces traces;

  /** The copy; {@code correction} (null: none) is only for a dead message. */
  @Transactional
  public Message copy(long messageId, Correction correction) {
    Message original = find(messageId);
    FieldErrors errors = new FieldErrors();
    Message.Recipient to =
        correction == null
            ? new Message.Recipient(original.recipient(), original.recipientName())
            : correction.recipientOf(original, errors);
    Message.Rendered parts =
        correction == null
            ? new Message.Rendered(original.subject(), original.html(), original.text())
            : correction.partsOf(original, errors);
    errors.throwIfAny();
    if (correction != null && original.status() != MessageStatus.DEAD) {
      throw new ConflictException(
          "Message " + messageId + " is " + original.status() + "; only a DEAD one is corrected.");
    }
    Batch source = em.find(Batch.class, original.batchId());
    Batch batch = Batch.adhoc(source.client(), source.messageSystem(), source.queueClass());
    em.persist(batch);
    em.flush();
    batch.tracedIn(traces.forNewBatch(batch.id()));
    Message copy = original.resend(batch.id(), to, parts, source.messageSystem().messageIdDomain());
    ledger.add(copy);
    batch.readyToSend();
    em.flush();
    return copy;
  }

  /** The message, if it is there for the caller ({@link ClientScope}). */
  public Message find(long messageId) {
    Message message = em.find(Message.class, messageId);
    if (message == null || !scope.sees(em.find(Batch.class, message.batchId()).client())) {
      throw new NotFoundException("Message", messageId);
    }
    return message;
  }
}
