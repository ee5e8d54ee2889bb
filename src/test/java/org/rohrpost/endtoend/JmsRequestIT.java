package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * Another application sends ad-hoc requests to {@code rohrpost.requests} on the server's broker: an
 * accepted one is answered with its batch (with the request's correlation id) and delivered; a
 * refused one is answered with the problem and lands on {@code rohrpost.requests.DLQ} with the
 * reason.
 */
@OnEveryDatabase
class JmsRequestIT extends EndToEndTest {
  private static final String BROKER = "tcp://127.0.0.1:61626";
  private static final long WAIT_MILLIS = 30_000;

  private Connection connection;
  private Session session;

  @BeforeEach
  void connect() throws JMSException {
    connection = new ActiveMQConnectionFactory(BROKER).createConnection();
    connection.start();
    session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
  }

  @AfterEach
  void disconnect() throws JMSException {
    connection.close();
  }

  @Test
  void anAcceptedRequestIsAnsweredWithItsBatchAndDelivered() throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("client", client)
            .add("messageSystem", "smtp")
            .add("subject", "Order {{data.order}} shipped: " + TextKeptIT.ALL)
            .add("text", "Hello {{name}}, order {{data.order}} is on its way.")
            .add(
                "recipients",
                Json.createArrayBuilder()
                    .add(recipient("ada@" + client + ".example.org", "Ada Łukasiewicz", "A-1"))
                    .add(recipient("bob@" + client + ".example.org", "Bob", "Β-2 📦")))
            .build()
            .toString();

    Answer answer = request(body, "order-42");

    assertThat(answer.correlationId()).isEqualTo("order-42");
    long batch = answer.json().getJsonNumber("batch").longValue();
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");
    // this test's own recipients: a copy for anyone else (of another client) is no copy of ours
    List<MimeMessage> received =
        receivedFor(batch).stream().filter(m -> addressedTo(m, client)).toList();
    assertThat(received)
        .as(() -> describe(received))
        .extracting(m -> m.getSubject())
        .containsExactlyInAnyOrder(
            "Order A-1 shipped: " + TextKeptIT.ALL, "Order Β-2 📦 shipped: " + TextKeptIT.ALL);
    assertThat(received)
        .extracting(m -> (String) m.getContent())
        .as("text kept exactly on the way through the broker")
        .contains("Hello Ada Łukasiewicz, order A-1 is on its way.");
  }

  @Test
  void refusedRequestsAreAnsweredWithTheProblemAndDeadLetteredWithTheReason() throws Exception {
    String unknownSystem =
        Json.createObjectBuilder()
            .add("client", client)
            .add("messageSystem", "nowhere")
            .add("subject", "Hi")
            .add("text", "Hi")
            .add("recipients", Json.createArrayBuilder().add(recipient("a@example.org", "A", "1")))
            .build()
            .toString();
    String unknownClient = unknownSystem.replace(client, "no-such-client");
    String marker = UUID.randomUUID().toString();

    Answer invalid = request(unknownSystem, "bad-1-" + marker);
    Answer notFound = request(unknownClient, "bad-2-" + marker);
    Answer malformed = request("{this is not json " + marker, "bad-3-" + marker);

    assertThat(invalid.json().getInt("status")).isEqualTo(422);
    assertThat(invalid.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("messageSystem");
    assertThat(notFound.json().getInt("status")).isEqualTo(404);
    assertThat(malformed.json().getInt("status")).isEqualTo(422);
    assertThat(malformed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("body");
    assertThat(deadLetter("bad-1-" + marker).getStringProperty("rohrpostError"))
        .startsWith("422 messageSystem");
    assertThat(deadLetter("bad-2-" + marker).getStringProperty("rohrpostError")).startsWith("404");
    TextMessage dead = deadLetter("bad-3-" + marker);
    assertThat(dead.getStringProperty("rohrpostError")).contains("body is not a valid JSON");
    assertThat(dead.getText()).isEqualTo("{this is not json " + marker);
  }

  @Test
  void aTemplateThatReachesForAFileIsRefusedLikeOverRest() throws Exception {
    String partial =
        Json.createObjectBuilder()
            .add("client", client)
            .add("messageSystem", "smtp")
            .add("subject", "Hi")
            .add("text", "A{{>pom.xml}}B")
            .add("recipients", Json.createArrayBuilder().add(recipient("a@example.org", "A", "1")))
            .build()
            .toString();
    String marker = UUID.randomUUID().toString();

    Answer refused = request(partial, "partial-" + marker);

    assertThat(refused.json().getInt("status")).isEqualTo(422);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("text");
    assertThat(refused.body()).doesNotContain("<project").doesNotContain("pom.xml");
    assertThat(deadLetter("partial-" + marker).getStringProperty("rohrpostError"))
        .startsWith("422 text");
    assertThat(api.get("clients/" + client + "/batches").structure().asJsonArray()).isEmpty();
  }

  private static boolean addressedTo(MimeMessage message, String client) {
    try {
      return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0])
          .getAddress()
          .endsWith("@" + client + ".example.org");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each message's ids and trace, to tell apart copies from different senders. */
  private static String describe(List<MimeMessage> messages) {
    StringBuilder text = new StringBuilder();
    for (MimeMessage m : messages) {
      try {
        text.append(m.getMessageID())
            .append(' ')
            .append(m.getHeader("X-Rohrpost-Message", null))
            .append(' ')
            .append(
                String.join(
                    " | ",
                    m.getHeader("Received") == null ? new String[0] : m.getHeader("Received")))
            .append('\n');
      } catch (jakarta.mail.MessagingException e) {
        text.append(e).append('\n');
      }
    }
    return text.toString();
  }

  private static JsonObject recipient(String email, String name, String order) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("name", name)
        .add("data", Json.createObjectBuilder().add("order", order))
        .build();
  }

  /** The answer to a request: its body and correlation id. */
  private record Answer(String body, String correlationId) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  @Test
  void aRequestLargerThanAnApiBodyMayBeIsRefusedBeforeItIsRead() throws Exception {
    // ROHRPOST_MAX_BODY_BYTES (16 MiB by default), over JMS as over REST: the broker's frame limit
    Connection own = new ActiveMQConnectionFactory(BROKER).createConnection();
    try {
      own.start();
      Session ownSession = own.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageProducer producer =
          ownSession.createProducer(ownSession.createQueue("rohrpost.requests"));
      TextMessage tooLarge = ownSession.createTextMessage("x".repeat(17 * 1024 * 1024));
      assertThatThrownBy(() -> producer.send(tooLarge)).isInstanceOf(JMSException.class);
    } finally {
      try {
        own.close();
      } catch (JMSException droppedByTheBroker) {
        // the broker closed it already
      }
    }
    assertThat(request("{not json", "after-" + UUID.randomUUID()).json().getInt("status"))
        .as("the broker still answers")
        .isEqualTo(422);
  }

  private Answer request(String body, String correlationId) throws JMSException {
    TemporaryQueue replies = session.createTemporaryQueue();
    TextMessage request = session.createTextMessage(body);
    request.setJMSReplyTo(replies);
    request.setJMSCorrelationID(correlationId);
    session.createProducer(session.createQueue("rohrpost.requests")).send(request);
    try (MessageConsumer consumer = session.createConsumer(replies)) {
      Message reply = consumer.receive(WAIT_MILLIS);
      assertThat(reply).as("an answer to " + correlationId).isInstanceOf(TextMessage.class);
      return new Answer(((TextMessage) reply).getText(), reply.getJMSCorrelationID());
    }
  }

  private TextMessage deadLetter(String correlationId) throws JMSException {
    try (MessageConsumer consumer =
        session.createConsumer(
            session.createQueue("rohrpost.requests.DLQ"),
            "JMSCorrelationID = '" + correlationId + "'")) {
      Message dead = consumer.receive(WAIT_MILLIS);
      assertThat(dead).as("dead letter " + correlationId).isInstanceOf(TextMessage.class);
      return (TextMessage) dead;
    }
  }
}
