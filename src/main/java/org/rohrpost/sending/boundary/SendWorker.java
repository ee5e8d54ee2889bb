package org.rohrpost.sending.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.control.BundleSender;
import org.rohrpost.sending.control.SendQueue;
import org.rohrpost.server.boundary.Migrations;

/**
 * What every send worker does with a bundle signal: it serves its class (see {@link BundleSender});
 * the subclasses only name their class, queue and concurrency. A failure makes the broker deliver
 * the signal again, and a redelivered bundle sends only what is not yet final. The activation
 * properties are the adapters' own: ActiveMQ Classic's on Payara ({@code resourceAdapter}, {@code
 * maxSessions}), Artemis's on WildFly ({@code maxSession}); each adapter ignores the other's.
 *
 * <p>No container transaction: every step of sending commits on its own, each message's result
 * before the next message goes. The attribute is on this class because a class's attribute applies
 * only to the methods it declares, and {@link #onMessage} is declared here.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class SendWorker implements MessageListener {
  /**
   * The signals a worker of a pinned class (PRINTER, DEDICATED) takes: those of bundles pinned to
   * this server ({@code ROHRPOST_INSTANCE}, resolved by Payara when the worker starts) or to none.
   */
  static final String PINNED_TO_THIS_SERVER =
      SendQueue.SERVER_PROPERTY
          + " IS NULL OR "
          + SendQueue.SERVER_PROPERTY
          + " = '${MPCONFIG=rohrpost.instance:}'";

  private static final Logger LOG = Logger.getLogger(SendWorker.class.getName());

  @Inject BundleSender sender;
  @EJB Migrations migrations;

  @Override
  public void onMessage(Message signal) {
    long bundleId;
    try {
      bundleId = Long.parseLong(((TextMessage) signal).getText());
    } catch (JMSException | RuntimeException e) {
      LOG.warning("Ignoring a signal that names no bundle: " + signal);
      return;
    }
    migrations.awaitSchema();
    sender.serve(queueClass(), bundleId);
  }

  /** The class whose queue this worker listens to. */
  protected abstract QueueClass queueClass();
}
