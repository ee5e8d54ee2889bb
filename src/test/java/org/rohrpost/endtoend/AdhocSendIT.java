package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * The ad-hoc path end to end on Payara Micro: REST → ledger → bundles → JMS → send worker → SMTP (a
 * real GreenMail server in this JVM).
 */
@OnEveryDatabase
class AdhocSendIT extends EndToEndTest {

  @Test
  void adhocBatchOf500ArrivesExactlyOncePerRecipient() throws Exception {
    JsonObject accepted = submit(adhoc(500, "it").build());
    long batch = accepted.getJsonNumber("batch").longValue();

    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(90));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    JsonObject counts = done.getJsonObject("counts");
    assertThat(counts.getInt("profiles")).isEqualTo(500);
    assertThat(counts.getInt("sent")).isEqualTo(500);
    assertThat(counts.getInt("errors")).isZero();
    assertThat(counts.getInt("skipped")).isZero();

    List<MimeMessage> received = receivedFor(batch);
    Map<String, Long> perRecipient =
        received.stream().collect(Collectors.groupingBy(m -> recipient(m), Collectors.counting()));
    assertThat(perRecipient).hasSize(500).allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
    Set<String> messageIds = new HashSet<>();
    for (MimeMessage m : received) {
      messageIds.add(m.getMessageID());
      assertThat(m.getHeader("X-Rohrpost-Message", null)).isNotBlank();
    }
    assertThat(messageIds).hasSize(500);

    Pattern sent500 =
        Pattern.compile(
            "rohrpost_messages_sent_total\\{client=\"" + client + "\",[^}]*\\} 500(\\.0)?\\n");
    assertThat(api.awaitMetric(sent500, Duration.ofSeconds(40))).containsPattern(sent500);
    // the NORMAL class's: the server is shared with every other test class
    Pattern replies250 =
        Pattern.compile(
            "rohrpost_smtp_replies_total\\{(?=[^}]*code=\"250\")(?=[^}]*queue_class=\"NORMAL\")"
                + "[^}]*\\} (\\d+)");
    String metrics = api.awaitMetric(replies250, Duration.ofSeconds(10));
    Matcher replies = replies250.matcher(metrics);
    assertThat(replies.find()).as(metrics).isTrue();
    assertThat(Double.parseDouble(replies.group(1))).isGreaterThanOrEqualTo(500);
    assertThat(metrics)
        .containsPattern(
            "rohrpost_send_latency_seconds_count\\{[^}]*queue_class=\"NORMAL\"[^}]*\\} [1-9]")
        .containsPattern("rohrpost_send_latency_seconds_bucket\\{[^}]*le=\"0.5\"");
  }

  @Test
  void messagesAreMultipartWithEscapedHtmlAndStableIds() throws Exception {
    JsonObject body =
        adhocBase()
            .add(
                "recipients",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("email", "ada@example.org")
                            .add("name", "Ada <Lovelace>")
                            .add("data", Json.createObjectBuilder().add("code", "<b>&42</b>"))))
            .build();
    long batch = submit(body).getJsonNumber("batch").longValue();
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));

    MimeMessage mail = receivedFor(batch).get(0);
    MimeMultipart alternative = (MimeMultipart) mail.getContent();
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    assertThat(alternative.getCount()).isEqualTo(2);
    assertThat((String) alternative.getBodyPart(0).getContent()).contains("code <b>&42</b>");
    assertThat((String) alternative.getBodyPart(1).getContent())
        .contains("Ada &lt;Lovelace&gt;")
        .contains("&lt;b&gt;&amp;42&lt;/b&gt;");
    JsonObject row =
        api.get("batches/" + batch + "/messages").structure().asJsonArray().getJsonObject(0);
    assertThat(mail.getMessageID()).isEqualTo(row.getString("messageId"));
    assertThat(mail.getHeader("X-Rohrpost-Batch", null)).isEqualTo(Long.toString(batch));
    assertThat(mail.getHeader("X-Rohrpost-Message", null))
        .isEqualTo(Long.toString(row.getJsonNumber("id").longValue()));
    assertThat(row.getString("status")).isEqualTo("SENT");
    assertThat(row.getInt("attempts")).isEqualTo(1);
  }

  @Test
  void eachRecipientMayHaveItsOwnTimesAndTheClientsMessageLifetimeExpiresTheRest()
      throws Exception {
    String shortLived =
        api.newClient(
            "lifetime",
            Json.createObjectBuilder()
                .add("queueClass", "NORMAL")
                .add("messageLifetime", "PT4S")
                .build(),
            smtp.getSmtp().getPort(),
            null);
    assertThat(api.get("clients/" + shortLived).json().getString("messageLifetime"))
        .isEqualTo("PT4S");
    Instant now = Instant.now();
    JsonObject body =
        adhocBase()
            .add(
                "recipients",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("email", "now@example.org"))
                    .add(
                        Json.createObjectBuilder()
                            .add("email", "too-late@example.org")
                            .add("notBefore", now.plusSeconds(8).toString()))
                    .add(
                        Json.createObjectBuilder()
                            .add("email", "own-times@example.org")
                            .add("notBefore", now.plusSeconds(2).toString())
                            .add("expiresAt", now.plusSeconds(120).toString())))
            .build();
    RohrpostApi.Answer answer = api.post("clients/" + shortLived + "/adhoc", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    long batch = answer.json().getJsonNumber("batch").longValue();

    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(40));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    Map<String, String> statuses =
        api.get("batches/" + batch + "/messages").structure().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(r -> r.getString("recipient"), r -> r.getString("status")));
    assertThat(statuses)
        .containsEntry("now@example.org", "SENT")
        .containsEntry("too-late@example.org", "EXPIRED")
        .containsEntry("own-times@example.org", "SENT");
    assertThat(receivedFor(batch))
        .extracting(AdhocSendIT::recipient)
        .containsExactlyInAnyOrder("[now@example.org]", "[own-times@example.org]");
  }

  @Test
  void aBatchPausedWhileWaitingSendsNothingUntilResumed() throws Exception {
    String notBefore = Instant.now().plusSeconds(2).toString();
    long batch =
        submit(adhoc(20, "later").add("notBefore", notBefore).build())
            .getJsonNumber("batch")
            .longValue();
    RohrpostApi.Answer paused = api.post("batches/" + batch + "/pause");
    assertThat(paused.status()).as(paused.body()).isEqualTo(200);
    assertThat(paused.json().getString("pausedFrom")).isEqualTo("WAITING");

    Thread.sleep(8000);
    assertThat(receivedFor(batch)).isEmpty();

    RohrpostApi.Answer resumed = api.post("batches/" + batch + "/resume");
    assertThat(resumed.json().getString("status")).isEqualTo("WAITING");
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30)).getString("status"))
        .isEqualTo("COMPLETED");
    assertThat(receivedFor(batch)).hasSize(20);
  }

  @Test
  void anUnreachableServerIsRetriedUntilTheMessagesAreDead() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RohrpostApi.Answer system =
        api.post(
            "clients/" + client + "/message-systems",
            Json.createObjectBuilder()
                .add("key", "down")
                .add("host", "127.0.0.1")
                .add("port", closedPort)
                .add("from", "sender@rohrpost.test")
                .build());
    assertThat(system.status()).isEqualTo(201);
    JsonObject body = adhoc(2, "down").add("messageSystem", "down").add("maxAttempts", 2).build();

    long batch = submit(body).getJsonNumber("batch").longValue();
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("errors")).isEqualTo(2);
    assertThat(done.getJsonObject("counts").getInt("sent")).isZero();
    for (JsonObject row :
        api.get("batches/" + batch + "/messages")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)) {
      assertThat(row.getString("status")).isEqualTo("DEAD");
      assertThat(row.getInt("attempts")).isEqualTo(2);
      assertThat(row.getString("lastError")).contains("cannot connect");
    }
    long dead =
        api.get("batches/" + batch + "/messages")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonArray history = api.get("messages/" + dead).json().getJsonArray("history");
    assertThat(history).hasSize(2);
    for (JsonObject attempt : history.getValuesAs(JsonObject.class)) {
      assertThat(attempt.getString("outcome")).isEqualTo("TEMPORARY");
      assertThat(attempt.containsKey("replyCode")).isFalse();
      assertThat(attempt.getString("reply")).contains("cannot connect");
      assertThat(attempt.getString("instance")).isEqualTo("it-server");
    }

    RohrpostApi.Answer notDead =
        api.post(
            "messages/" + dead + "/correct",
            Json.createObjectBuilder().add("recipient", "not an address").build());
    assertThat(notDead.status()).isEqualTo(422);
    RohrpostApi.Answer corrected =
        api.post(
            "messages/" + dead + "/correct",
            Json.createObjectBuilder().add("recipient", "fixed@example.org").build());
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
    JsonObject copy = corrected.json();
    assertThat(copy.getJsonNumber("resendOf").longValue()).isEqualTo(dead);
    assertThat(copy.getString("recipient")).isEqualTo("fixed@example.org");
    assertThat(copy.getJsonNumber("batch").longValue()).isNotEqualTo(batch);
    assertThat(
            api.awaitBatch(
                    copy.getJsonNumber("batch").longValue(), "COMPLETED", Duration.ofSeconds(60))
                .getJsonObject("counts")
                .getInt("errors"))
        .isEqualTo(1);
  }

  @Test
  void suppressedRecipientsAreSkippedAndCounted() throws Exception {
    String suppressions = "clients/" + client + "/suppressions";
    String blocked = "Suppressed1@" + client + ".example.org";
    RohrpostApi.Answer added =
        api.post(suppressions, Json.createObjectBuilder().add("email", blocked).build());
    assertThat(added.status()).isEqualTo(201);
    assertThat(
            api.post(suppressions, Json.createObjectBuilder().add("email", blocked).build())
                .status())
        .isEqualTo(409);
    assertThat(
            api.post(suppressions, Json.createObjectBuilder().add("email", "no address").build())
                .status())
        .isEqualTo(422);

    long batch = submit(adhoc(3, "suppressed").build()).getJsonNumber("batch").longValue();
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));

    JsonObject counts = done.getJsonObject("counts");
    assertThat(counts.getInt("profiles")).isEqualTo(3);
    assertThat(counts.getInt("sent")).isEqualTo(2);
    assertThat(counts.getInt("skipped")).isEqualTo(1);
    assertThat(receivedFor(batch)).hasSize(2).noneMatch(m -> recipient(m).contains("suppressed1@"));
    JsonObject skipped =
        api.get("batches/" + batch + "/messages?status=SKIPPED")
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(skipped.getString("recipient")).isEqualToIgnoringCase(blocked);
    assertThat(skipped.getString("lastError")).isEqualTo("suppressed");

    assertThat(api.get(suppressions).structure().asJsonArray()).hasSize(1);
    assertThat(api.delete(suppressions + "/" + blocked).status()).isEqualTo(204);
    assertThat(api.delete(suppressions + "/" + blocked).status()).isEqualTo(404);
    assertThat(api.get(suppressions).structure().asJsonArray()).isEmpty();
  }

  @Test
  void illegalTransitionsAnswer409NamingTheStatus() throws Exception {
    long batch = submit(adhoc(3, "done").build()).getJsonNumber("batch").longValue();
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));
    for (String action : List.of("pause", "resume", "cancel", "approve")) {
      RohrpostApi.Answer answer = api.post("batches/" + batch + "/" + action);
      assertThat(answer.status()).as(action).isEqualTo(409);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().getString("detail")).contains("COMPLETED");
    }
    assertThat(api.get("batches/" + batch).json().getString("status")).isEqualTo("COMPLETED");
    assertThat(api.get("batches/999999999").status()).isEqualTo(404);
  }

  @Test
  void aSentMessageResentGoesOutAgainAsANewMessageAndItsAttemptIsLogged() throws Exception {
    long batch = submit(adhoc(1, "again").build()).getJsonNumber("batch").longValue();
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));
    long sent =
        api.get("batches/" + batch + "/messages")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject original = api.get("messages/" + sent).json();
    assertThat(original.getJsonArray("history")).hasSize(1);
    JsonObject attempt = original.getJsonArray("history").getJsonObject(0);
    assertThat(attempt.getString("outcome")).isEqualTo("SENT");
    assertThat(attempt.getInt("replyCode")).isEqualTo(250);

    RohrpostApi.Answer resent = api.post("messages/" + sent + "/resend");
    RohrpostApi.Answer correctSent =
        api.post(
            "messages/" + sent + "/correct",
            Json.createObjectBuilder().add("subject", "x").build());

    assertThat(resent.status()).as(resent.body()).isEqualTo(201);
    assertThat(correctSent.status()).isEqualTo(409);
    JsonObject copy = resent.json();
    assertThat(copy.getJsonNumber("resendOf").longValue()).isEqualTo(sent);
    long copyBatch = copy.getJsonNumber("batch").longValue();
    assertThat(api.awaitBatch(copyBatch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");
    MimeMessage first = receivedFor(batch).get(0);
    MimeMessage again = receivedFor(copyBatch).get(0);
    assertThat(recipient(again)).isEqualTo(recipient(first));
    assertThat(again.getSubject()).isEqualTo(first.getSubject());
    assertThat(again.getMessageID()).isNotEqualTo(first.getMessageID());
    assertThat(api.post("messages/999999999/resend").status()).isEqualTo(404);
  }

  @Test
  void bundlesWhoseSignalsWentMissingAreSignalledAgainAndSentOnce() throws Exception {
    long batch = submit(adhoc(3_000, "lost").build()).getJsonNumber("batch").longValue();
    RohrpostApi.Answer paused = api.post("batches/" + batch + "/pause");
    assertThat(paused.status()).as(paused.body()).isEqualTo(200);
    // workers finish the bundles in hand; the signals of the others find the batch paused
    Thread.sleep(1_500);
    int sentBefore = receivedFor(batch).size();
    assertThat(sentBefore).isLessThan(3_000);

    // the batch may send again, but no signal says so: as if they had gone missing long ago
    try (Connection db = ItDatabase.open();
        PreparedStatement unpause =
            db.prepareStatement(
                "update batch set status = 'WAITING', paused_from = null, version = version + 1"
                    + " where id = ?");
        PreparedStatement age =
            db.prepareStatement("update bundle set signalled_at = ? where batch_id = ?")) {
      unpause.setLong(1, batch);
      assertThat(unpause.executeUpdate()).isEqualTo(1);
      age.setObject(1, Instant.now().minusSeconds(120).atOffset(ZoneOffset.UTC));
      age.setLong(2, batch);
      assertThat(age.executeUpdate()).isPositive();
    }

    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");
    List<String> recipients = receivedFor(batch).stream().map(m -> recipient(m)).toList();
    assertThat(recipients).hasSize(3_000).doesNotHaveDuplicates();
  }

  private JsonObject submit(JsonObject body) {
    RohrpostApi.Answer answer = api.post("clients/" + client + "/adhoc", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json();
  }

  private JsonObjectBuilder adhocBase() {
    return Json.createObjectBuilder()
        .add("messageSystem", "smtp")
        .add("subject", "Hello {{name}}")
        .add("html", "<p>Hello {{name}}, code {{data.code}}</p>")
        .add("text", "Hello {{name}}, code {{data.code}}");
  }

  private JsonObjectBuilder adhoc(int recipients, String prefix) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < recipients; i++) {
      list.add(
          Json.createObjectBuilder()
              .add("email", prefix + i + "@" + client + ".example.org")
              .add("name", "Person " + i)
              .add("data", Json.createObjectBuilder().add("code", i)));
    }
    return adhocBase().add("recipients", list);
  }

  private static String recipient(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
