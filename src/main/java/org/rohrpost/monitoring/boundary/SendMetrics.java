package org.rohrpost.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.rohrpost.generation.control.MessagesGenerated;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.sending.control.MessageAttempted;

/**
 * This server's counters of what it does, as it does it (Prometheus adds up the servers): SMTP
 * replies per code and class ({@code none} for a failed connection), the time from a message's
 * creation to the server's {@code 250} per class (a timer with percentiles and buckets), and the
 * ledger rows generation writes.
 */
@ApplicationScoped
public class SendMetrics {
  static final String REPLIES = "rohrpost_smtp_replies";
  static final String LATENCY = "rohrpost_send_latency";
  static final String GENERATED = "rohrpost_generated_messages";

  @Inject MetricRegistry registry;

  /**
   * Synchronized: Payara's registry can fail with a ConcurrentModificationException when workers
   * create the same timer at once (seen on the first messages after a start).
   */
  synchronized void attempted(@Observes MessageAttempted attempt) {
    Outcome outcome = attempt.outcome();
    Tag queueClass = new Tag("queue_class", attempt.queueClass().name());
    String code = outcome.replyCode() < 0 ? "none" : Integer.toString(outcome.replyCode());
    registry.counter(REPLIES, new Tag("code", code), queueClass).inc();
    if (outcome.kind() == Outcome.Kind.SENT) {
      registry.timer(LATENCY, queueClass).update(attempt.sinceCreated());
    }
  }

  void generated(@Observes MessagesGenerated generated) {
    registry.counter(GENERATED).inc(generated.rows());
  }
}
