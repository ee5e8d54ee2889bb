package org.rohrpost.endtoend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An OpenTelemetry collector as far as a test needs one: OTLP over HTTP with protobuf ({@code POST
 * /v1/traces}) on a free port of 127.0.0.1, keeping every span it is sent. A test class keeps one
 * as {@code @RegisterExtension static}: it stops after the class's tests.
 */
final class OtlpReceiver implements AfterAllCallback {
  /** A span as exported: ids in hex, attributes and events' attributes as text. */
  record Span(
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      String kind,
      Map<String, String> attributes,
      List<Event> events) {}

  /** An event of a span. */
  record Event(String name, Map<String, String> attributes) {}

  private final HttpServer server;
  private final List<Span> spans = new ArrayList<>();

  private OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/traces", this::receive);
    server.start();
  }

  static OtlpReceiver start() {
    try {
      return new OtlpReceiver();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot listen for OTLP", e);
    }
  }

  /** What {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set to. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Waits until a span like that has come; every span received when it did. */
  List<Span> await(Predicate<Span> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Span> received = received();
      if (received.stream().anyMatch(wanted) || System.nanoTime() > deadline) {
        return received;
      }
      Thread.sleep(200);
    }
  }

  synchronized List<Span> received() {
    return List.copyOf(spans);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop(0);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      InputStream in =
          "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
              ? new GZIPInputStream(body)
              : body;
      ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(in);
      List<Span> arrived = new ArrayList<>();
      request.getResourceSpansList().stream()
          .flatMap(r -> r.getScopeSpansList().stream())
          .flatMap(s -> s.getSpansList().stream())
          .forEach(s -> arrived.add(span(s)));
      synchronized (this) {
        spans.addAll(arrived);
      }
    }
    byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
    exchange.sendResponseHeaders(200, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  private static Span span(io.opentelemetry.proto.trace.v1.Span s) {
    HexFormat hex = HexFormat.of();
    return new Span(
        hex.formatHex(s.getTraceId().toByteArray()),
        hex.formatHex(s.getSpanId().toByteArray()),
        hex.formatHex(s.getParentSpanId().toByteArray()),
        s.getName(),
        s.getKind().name(),
        attributes(s.getAttributesList()),
        s.getEventsList().stream()
            .map(e -> new Event(e.getName(), attributes(e.getAttributesList())))
            .toList());
  }

  private static Map<String, String> attributes(List<KeyValue> values) {
    Map<String, String> attributes = new TreeMap<>();
    for (KeyValue kv : values) {
      AnyValue v = kv.getValue();
      attributes.put(
          kv.getKey(),
          switch (v.getValueCase()) {
            case INT_VALUE -> Long.toString(v.getIntValue());
            case BOOL_VALUE -> Boolean.toString(v.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(v.getDoubleValue());
            default -> v.getStringValue();
          });
    }
    return attributes;
  }
}
