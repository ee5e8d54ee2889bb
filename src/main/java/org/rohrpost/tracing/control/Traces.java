package org.rohrpost.tracing.control;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One trace per batch (ADR 31): a new batch keeps the context of the span it was made in (W3C
 * {@code traceparent} form, in its row), and every later step, on whichever server and thread,
 * starts its span in that context; a bundle keeps its bundling span's context for the worker that
 * sends it. Requests over JMS join their sender's trace through the message's {@code traceparent}
 * property. The tracer is the server's (MicroProfile Telemetry); without one, or with tracing off
 * (the default), every span is a no-op and every kept context null.
 */
@ApplicationScoped
public class Traces {
  public static final AttributeKey<Long> BATCH = AttributeKey.longKey("rohrpost.batch.id");
  public static final AttributeKey<Long> BUNDLE = AttributeKey.longKey("rohrpost.bundle.id");
  public static final AttributeKey<Long> MESSAGE = AttributeKey.longKey("rohrpost.message.id");
  public static final AttributeKey<Long> MESSAGES = AttributeKey.longKey("rohrpost.messages");
  public static final AttributeKey<String> CLIENT = AttributeKey.stringKey("rohrpost.client");
  public static final AttributeKey<String> QUEUE_CLASS =
      AttributeKey.stringKey("rohrpost.queue_class");
  public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("rohrpost.outcome");
  public static final AttributeKey<Long> REPLY_CODE = AttributeKey.longKey("rohrpost.reply_code");

  private static final String TRACEPARENT = "traceparent";
  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

  @Inject Instance<Tracer> tracers;
  private Tracer tracer;

  @PostConstruct
  void findTracer() {
    tracer =
        tracers.isResolvable() ? tracers.get() : OpenTelemetry.noop().getTracer("org.rohrpost");
  }

  /** A span in the trace of {@code kept} (a context kept by {@link #contextOf}); null: current. */
  public Span start(String name, String kept) {
    SpanBuilder span = tracer.spanBuilder(name);
    if (kept != null) {
      span.setParent(W3C.extract(Context.root(), kept, KEPT));
    }
    return span.startSpan();
  }

  /**
   * Runs {@code work} in a span of the trace of {@code kept} (null: the current one), current while
   * it runs; a failure is recorded in the span.
   */
  public <T> T inSpan(String name, String kept, Function<Span, T> work) {
    Span span = start(name, kept);
    try (Scope current = span.makeCurrent()) {
      return work.apply(span);
    } catch (RuntimeException | Error e) {
      failed(span, e);
      throw e;
    } finally {
      span.end();
    }
  }

  /**
   * The context a new batch keeps: the current span's, or where nothing is traced yet (a timer, a
   * page) that of a new trace's first span, {@code rohrpost batch}.
   */
  public String forNewBatch(long batchId) {
    Span current = Span.current();
    if (current.getSpanContext().isValid()) {
      return contextOf(current);
    }
    Span first = start("rohrpost batch", null).setAttribute(BATCH, batchId);
    first.end();
    return contextOf(first);
  }

  /** Marks the span failed with the exception. */
  public static void failed(Span span, Throwable e) {
    span.recordException(e);
    span.setStatus(StatusCode.ERROR);
  }

  /** The span's context to keep (its {@code traceparent}), or null when it is not traced. */
  public static String contextOf(Span span) {
    if (!span.getSpanContext().isValid()) {
      return null;
    }
    Map<String, String> carrier = new HashMap<>();
    W3C.inject(Context.root().with(span), carrier, Map::put);
    return carrier.get(TRACEPARENT);
  }

  /** The context a JMS message carries in its {@code traceparent} property (else the current). */
  public static Context contextOf(Message message) {
    return W3C.extract(Context.current(), message, JMS);
  }

  private static final TextMapGetter<String> KEPT = traceparentFrom(kept -> kept);
  private static final TextMapGetter<Message> JMS = traceparentFrom(Traces::traceparentProperty);

  /** A getter of the one field kept or carried, {@code traceparent}. */
  private static <C> TextMapGetter<C> traceparentFrom(Function<C, String> traceparent) {
    return new TextMapGetter<>() {
      @Override
      public Iterable<String> keys(C carrier) {
        return List.of(TRACEPARENT);
      }

      @Override
      public String get(C carrier, String key) {
        return carrier != null && TRACEPARENT.equals(key) ? traceparent.apply(carrier) : null;
      }
    };
  }

  private static String traceparentProperty(Message message) {
    try {
      return message.getStringProperty(TRACEPARENT);
    } catch (JMSException e) {
      return null;
    }
  }
}
