package org.rohrpost.adhoc.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.rohrpost.adhoc.control.Requests;

/**
 * Answers a request on its {@code JMSReplyTo} (if any) with its {@code JMSCorrelationID} (or, if it
 * has none, its message id), and moves refused requests to the dead-letter queue with the reason.
 */
@ApplicationScoped
public class RequestAnswers {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource(lookup = "jms/rohrpost")
  ConnectionFactory factory;

  /** Sends the answer to the requester, if it asked for one. */
  public void answer(Message request, Object body) throws JMSException {
    Destination replyTo = request.getJMSReplyTo();
    if (replyTo == null) {
      return;
    }
    String correlation =
        request.getJMSCorrelationID() != null
            ? request.getJMSCorrelationID()
            : request.getJMSMessageID();
    try (Connection connection = factory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageProducer producer = session.createProducer(replyTo)) {
      TextMessage answer = session.createTextMessage(JSON.toJson(body));
      answer.setJMSCorrelationID(correlation);
      producer.send(answer);
    }
  }

  /** Puts a copy of the refused request on the dead-letter queue, with why. */
  public void deadLetter(Message request, String reason) throws JMSException {
    try (Connection connection = factory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageProducer producer =
            session.createProducer(session.createQueue(Requests.DEAD_LETTERS))) {
      TextMessage copy =
          session.createTextMessage(
              request instanceof TextMessage text ? text.getText() : String.valueOf(request));
      copy.setStringProperty(Requests.ERROR_PROPERTY, reason);
      copy.setStringProperty("rohrpostRequestId", request.getJMSMessageID());
      if (request.getJMSCorrelationID() != null) {
        copy.setJMSCorrelationID(request.getJMSCorrelationID());
      }
      producer.send(copy);
    }
  }
}
