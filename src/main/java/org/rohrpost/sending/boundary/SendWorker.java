package org.rohrpost.sending.boundary;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.rohrpost.sending.control.BundleSender;
import org.rohrpost.server.boundary.Migrations;

/**
 * What every send worker does with a bundle signal; the subclasses only name their queue and their
 * concurrency. A failure makes the broker deliver the signal again, and a redelivered bundle sends
 * only what is not yet final. The activation properties are the adapters' own: ActiveMQ Classic's
 * on Payara ({@code resourceAdapter}, {@code maxSessions}), Artemis's on WildFly ({@code
 * maxSession}); each adapter ignores the other's.
 */
public abstract class SendWorker implements MessageListener {
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
    sender.send(bundleId);
  }
}
