package org.rohrpost.adhoc.boundary;

import io.opentelemetry.context.Scope;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.rohrpost.adhoc.control.AdhocSubmission;
import org.rohrpost.adhoc.control.Requests;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.problem.boundary.Problem;
import org.rohrpost.server.boundary.Migrations;
import org.rohrpost.tracing.control.Traces;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * Takes requests from {@value Requests#QUEUE}, in the trace of their sender when they carry its
 * {@code traceparent}: an accepted one is answered with its batch, a refused one with the problem
 * and moved to {@value Requests#DEAD_LETTERS} with the reason. Any other failure (the database
 * down, say) makes the broker deliver the request again; the batch is then found, not made twice.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Requests.QUEUE),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
      @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "2"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
      @ActivationConfigProperty(propertyName = "maxMessagesPerSessions", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestListener implements MessageListener {
  private static final Logger LOG = Logger.getLogger(RequestListener.class.getName());

  @Inject Requests requests;
  @Inject RequestAnswers answers;
  @EJB Migrations migrations;

  /** The answer to an accepted request. */
  public record Accepted(long batch, BatchStatus status) {}

  @Override
  public void onMessage(Message request) {
    migrations.awaitSchema();
    try (Scope sendersTrace = Traces.contextOf(request).makeCurrent()) {
      try {
        AdhocSubmission.Result result = requests.accept(body(request), request.getJMSMessageID());
        answers.answer(request, new Accepted(result.batchId(), result.status()));
      } catch (RuntimeException e) {
        Optional<Problem> problem = Problem.of(e);
        if (problem.isEmpty()) {
          throw e;
        }
        refuse(request, problem.get());
      }
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot answer request " + describe(request), e);
    }
  }

  private void refuse(Message request, Problem problem) throws JMSException {
    String reason = reason(problem);
    LOG.info("Refused request " + describe(request) + ": " + reason);
    answers.deadLetter(request, reason);
    answers.answer(request, problem);
  }

  private static String body(Message request) throws JMSException {
    if (request instanceof TextMessage text) {
      return text.getText();
    }
    throw new InvalidInputException("body", "must be a TextMessage holding the JSON request");
  }

  private static String reason(Problem problem) {
    if (problem.errors() == null || problem.errors().isEmpty()) {
      return problem.status() + " " + problem.detail();
    }
    return problem.status()
        + " "
        + problem.errors().stream()
            .map(e -> e.field() + " " + e.message())
            .collect(Collectors.joining("; "));
  }

  private static String describe(Message request) {
    try {
      return request.getJMSMessageID();
    } catch (JMSException e) {
      return "(no id)";
    }
  }
}
