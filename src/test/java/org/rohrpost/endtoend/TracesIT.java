package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.OnPostgreSql;
import org.rohrpost.endtoend.OtlpReceiver.Span;

/**
 * Traces from a server with tracing switched on by the standard {@code OTEL_*} variables, exported
 * over OTLP to a receiver in this test: an ad-hoc send is one trace from the request to the relay,
 * a communication's generation joins its batch's trace, and a request over JMS joins the trace of
 * the application that sent it. A server of its own (ADR 31: tracing is off by default).
 */
@OnPostgreSql
class TracesIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @RegisterExtension static final OtlpReceiver otlp = OtlpReceiver.start();

  static ServerProcess server;

  RohrpostApi api;
  String client;

  @BeforeAll
  static void startTracedServer() throws Exception {
    server =
        new ServerProcess("traces", 18098)
            .withEnvironment("OTEL_SDK_DISABLED", "false")
            .withEnvironment("OTEL_SERVICE_NAME", "rohrpost")
            .withEnvironment("OTEL_TRACES_EXPORTER", "otlp")
            .withEnvironment("OTEL_METRICS_EXPORTER", "none")
            .withEnvironment("OTEL_LOGS_EXPORTER", "none")
            .withEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .withEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", otlp.endpoint())
            .withEnvironment("OTEL_BSP_SCHEDULE_DELAY", "200");
    server.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.stop();
    server.dropDatabase();
  }

  @BeforeEach
  void newClient() {
    api = RohrpostApi.asAdmin(server.uri());
    client = api.newClientWithSmtp("traces", smtp.getSmtp().getPort());
  }

  @Test
  void anAdhocSendIsOneTraceFromTheRequestToTheRelay() throws Exception {
    long batch = api.adhoc(client, "t", 3, "traces.example.org", "Traced");
    api.awaitBatch(batch, "COMPLETED", WAIT);

    List<Span> spans = otlp.await(named("rohrpost send", batch), WAIT);
    Span intake = only(spans, named("rohrpost intake", batch));
    List<Span> trace = spans.stream().filter(s -> s.traceId().equals(intake.traceId())).toList();
    Span request = only(trace, s -> s.spanId().equals(intake.parentSpanId()));
    Span bundle = only(trace, named("rohrpost bundle", batch));
    Span send = only(trace, named("rohrpost send", batch));
    Span connect = only(trace, s -> s.name().equals("rohrpost connect"));

    assertThat(request.kind()).as(request.toString()).isEqualTo("SPAN_KIND_SERVER");
    assertThat(intake.attributes()).containsEntry("rohrpost.client", client);
    assertThat(bundle.parentSpanId()).isEqualTo(intake.spanId());
    assertThat(bundle.attributes()).containsEntry("rohrpost.messages", "3");
    assertThat(send.parentSpanId()).isEqualTo(bundle.spanId());
    assertThat(send.attributes())
        .containsEntry("rohrpost.client", client)
        .containsEntry("rohrpost.queue_class", "NORMAL");
    assertThat(connect.parentSpanId()).isEqualTo(send.spanId());
    assertThat(send.events())
        .hasSize(3)
        .allSatisfy(
            e ->
                assertThat(e.attributes())
                    .containsEntry("rohrpost.outcome", "SENT")
                    .containsEntry("rohrpost.reply_code", "250")
                    .containsKey("rohrpost.message.id"));
  }

  @Test
  void aCommunicationsGenerationAndSendingJoinItsBatchsTrace() throws Exception {
    TestMailings.population(api, client, "members", 5);
    TestMailings.communication(api, client, "news", "members", true);
    RohrpostApi.Answer made =
        api.post(
            "clients/" + client + "/communications/news/batches",
            Json.createObjectBuilder().build());
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long batch = made.json().getJsonNumber("id").longValue();
    api.awaitBatch(batch, "COMPLETED", WAIT);

    List<Span> spans = otlp.await(named("rohrpost send", batch), WAIT);
    Span generate = spans.stream().filter(named("rohrpost generate", batch)).findFirst().get();
    Span send = spans.stream().filter(named("rohrpost send", batch)).findFirst().get();
    Span request = only(spans, s -> s.spanId().equals(generate.parentSpanId()));

    assertThat(request.kind()).as("the request that made the batch").isEqualTo("SPAN_KIND_SERVER");
    assertThat(send.traceId()).isEqualTo(generate.traceId());
  }

  @Test
  void aRequestOverJmsJoinsTheTraceOfItsSender() throws Exception {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String sendersSpan = "00f067aa0ba902b7";
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(server.brokerUrl());
    try (Connection connection = factory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      TextMessage request =
          session.createTextMessage(
              Json.createObjectBuilder()
                  .add("client", client)
                  .add("messageSystem", "smtp")
                  .add("subject", "Over JMS")
                  .add("text", "Traced from the sender")
                  .add(
                      "recipients",
                      Json.createArrayBuilder()
                          .add(Json.createObjectBuilder().add("email", "jms@traces.example.org")))
                  .build()
                  .toString());
      request.setStringProperty("traceparent", "00-" + traceId + "-" + sendersSpan + "-01");
      session.createProducer(session.createQueue("rohrpost.requests")).send(request);
    }

    List<Span> spans = otlp.await(s -> s.traceId().equals(traceId) && isSend(s), WAIT);
    Span intake =
        only(spans, s -> s.traceId().equals(traceId) && s.name().equals("rohrpost intake"));
    assertThat(intake.parentSpanId()).isEqualTo(sendersSpan);
    assertThat(intake.attributes()).containsEntry("rohrpost.client", client);
    assertThat(spans).filteredOn(s -> s.traceId().equals(traceId)).anyMatch(TracesIT::isSend);
  }

  private static boolean isSend(Span span) {
    return span.name().equals("rohrpost send");
  }

  private static Predicate<Span> named(String name, long batch) {
    return s ->
        s.name().equals(name)
            && Long.toString(batch).equals(s.attributes().get("rohrpost.batch.id"));
  }

  private static Span only(List<Span> spans, Predicate<Span> which) {
    List<Span> found = spans.stream().filter(which).toList();
    assertThat(found).as("among %s", spans).hasSize(1);
    return found.get(0);
  }
}
