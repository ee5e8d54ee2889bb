package org.rohrpost.monitoring.boundary;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.rohrpost.generation.control.MessagesGenerated;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.sending.control.MessageAttempted;

/**
 * What this server does, counted as it does it (Prometheus adds up the servers; a restart starts
 * again at zero, which {@code rate()} understands): messages handed over, attempts refused and
 * slowed down per class and client, replies per code, the time from a message's creation to its
 * {@code 250}, and the ledger rows generation writes. Registered once per class loader, so that
 * every container in a JVM (tests run several) shares them.
 */
@ApplicationScoped
public class SendMetrics {
  private static final Counter SENT =
      Counter.builder()
          .name("rohrpost_messages_sent_total")
          .help("Messages a relay or printer accepted, handed over by this server")
          .labelNames("queue_class", "client")
          .register();

  private static final Counter FAILED =
      Counter.builder()
          .name("rohrpost_messages_failed_total")
          .help(
              "Attempts that did not hand a message over: temporary ones (4xx, a lost connection)"
                  + " are tried again while the message has attempts left, permanent ones (5xx)"
                  + " are not")
          .labelNames("queue_class", "client", "outcome")
          .register();

  private static final Counter THROTTLED =
      Counter.builder()
          .name("rohrpost_messages_throttled_total")
          .help(
              "Attempts the relay asked to slow down (421, 454): the message system pauses and"
                  + " the message goes again, without counting against its attempts")
          .labelNames("queue_class", "client")
          .register();

  private static final Counter REPLIES =
      Counter.builder()
          .name("rohrpost_smtp_replies_total")
          .help("Replies to this server's attempts by code; code none: no reply (no connection)")
          .labelNames("queue_class", "code")
          .register();

  private static final Histogram LATENCY =
      Histogram.builder()
          .name("rohrpost_send_latency_seconds")
          .help("Time from a message's creation (request or generation) to the relay's 250")
          .labelNames("queue_class")
          .classicOnly()
          .classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300)
          .register();

  private static final Counter GENERATED =
      Counter.builder()
          .name("rohrpost_messages_generated_total")
          .help("Ledger rows written by generation on this server, one per recipient")
          .register();

  /** Registers the series at start-up, so that they are there before anything is counted. */
  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // the class is loaded, its counters registered
  }

  void attempted(@Observes MessageAttempted attempt) {
    Outcome outcome = attempt.outcome();
    String queueClass = attempt.queueClass().name();
    String code = outcome.replyCode() < 0 ? "none" : Integer.toString(outcome.replyCode());
    REPLIES.labelValues(queueClass, code).inc();
    switch (outcome.kind()) {
      case SENT -> {
        SENT.labelValues(queueClass, attempt.client()).inc();
        LATENCY.labelValues(queueClass).observe(attempt.sinceCreated().toNanos() / 1e9);
      }
      case TEMPORARY, PERMANENT ->
          FAILED.labelValues(queueClass, attempt.client(), outcomeLabel(outcome)).inc();
      case THROTTLED -> THROTTLED.labelValues(queueClass, attempt.client()).inc();
      case INTERRUPTED -> {
        // found after a stop, never in the send loop
      }
    }
  }

  void generated(@Observes MessagesGenerated generated) {
    GENERATED.inc(generated.rows());
  }

  private static String outcomeLabel(Outcome outcome) {
    return outcome.kind().name().toLowerCase(Locale.ROOT);
  }
}
