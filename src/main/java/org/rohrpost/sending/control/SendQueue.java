package org.rohrpost.sending.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.entity.Bundle;

/**
 * Puts bundle signals on the send queue of their class. Called inside the transaction that creates
 * or re-opens the bundles, so that the signals go out exactly when those commit.
 */
@ApplicationScoped
public class SendQueue {
  public static final String BATCH_PROPERTY = "rohrpostBatch";
  public static final String CLIENT_PROPERTY = "rohrpostClient";

  /** The server whose workers alone may take the signal (pinned classes), absent for any. */
  public static final String SERVER_PROPERTY = "rohrpostServer";

  @Resource(lookup = "jms/rohrpost")
  ConnectionFactory factory;

  /** Whether no signal waits on the class's queue. */
  public boolean isEmpty(QueueClass queueClass) {
    try (Connection connection = factory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      connection.start();
      try (QueueBrowser browser =
          session.createBrowser(session.createQueue(queueClass.queueName()))) {
        return !browser.getEnumeration().hasMoreElements();
      }
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot look at the " + queueClass + " queue", e);
    }
  }

  public void signal(List<Bundle> bundles) {
    if (bundles.isEmpty()) {
      return;
    }
    try (Connection connection = factory.createConnection();
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
      for (Bundle bundle : bundles) {
        MessageProducer producer =
            session.createProducer(session.createQueue(bundle.queueClass().queueName()));
        TextMessage message = session.createTextMessage(Long.toString(bundle.id()));
        message.setLongProperty(BATCH_PROPERTY, bundle.batchId());
        message.setLongProperty(CLIENT_PROPERTY, bundle.clientId());
        if (bundle.server() != null) {
          message.setStringProperty(SERVER_PROPERTY, bundle.server());
        }
        producer.send(message);
        producer.close();
      }
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot put bundles on the send queue", e);
    }
  }
}
