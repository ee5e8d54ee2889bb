package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * A communication's batches from population to sent mail: generation, approval with its notice and
 * preview, pause and resume while generating and while sending, cancel, scheduling.
 */
@OnEveryDatabase
class CommunicationSendIT extends EndToEndTest {
  @Test
  void anApprovedBatchSendsEveryRecipientExactlyOnceAndSkipsInvalidAndSuppressedOnes()
      throws Exception {
    population("everyone", 2_000);
    for (int n : new int[] {3, 777, 1_999}) {
      api.post(
          "clients/" + client + "/suppressions",
          Json.createObjectBuilder().add("email", email(n)).build());
    }
    communication("news", "everyone", false);

    long batch = newBatch("news", null);

    JsonObject pending = api.awaitBatch(batch, "PENDING_APPROVAL", Duration.ofSeconds(60));
    assertThat(pending.getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(pending.getString("communication")).isEqualTo("news");
    JsonObject counts = pending.getJsonObject("counts");
    assertThat(counts.getInt("profiles")).isEqualTo(2_000);
    assertThat(counts.getInt("skipped")).isEqualTo(20 + 3);
    MimeMessage notice = awaitNotice(batch);
    assertThat(notice.getSubject()).contains("batch " + batch);
    assertThat((String) notice.getContent())
        .contains("/api/v1/batches/" + batch + "/approve")
        .contains("Messages to send: 1977");
    assertThat(receivedFor(batch)).isEmpty();

    JsonArray preview =
        api.get("batches/" + batch + "/preview?limit=100").structure().asJsonArray();
    assertThat(preview).hasSize(100);
    JsonObject first = preview.getJsonObject(0);
    assertThat(first.getString("recipient")).isEqualTo(email(1));
    assertThat(first.getString("subject")).isEqualTo("News for Member <1>");
    assertThat(first.getString("html"))
        .isEqualTo("<p>Dear Member &lt;1&gt;, code &lt;b&gt;1&lt;/b&gt;</p>");
    assertThat(first.getString("text")).isEqualTo("Dear Member <1>, code <b>1</b>");

    RohrpostApi.Answer approved = api.post("batches/" + batch + "/approve");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    JsonObject done = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(120));

    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getJsonObject("counts").getInt("sent")).isEqualTo(1_977);
    assertThat(done.getJsonObject("counts").getInt("skipped")).isEqualTo(23);
    List<String> recipients = recipients(receivedFor(batch));
    assertThat(recipients).hasSize(1_977).doesNotHaveDuplicates();
    assertThat(recipients).doesNotContain(email(3), email(777), email(1_999));
    assertThat(ledgerCount(batch, "SENT")).isEqualTo(1_977);
  }

  @Test
  void pausingWhileSendingStopsTheSinkAndResumingSendsTheRestOnce() throws Exception {
    population("many", 3_000);
    communication("bulk", "many", true);
    long batch = newBatch("bulk", null);
    awaitReceived(batch, 300, Duration.ofSeconds(120));

    RohrpostApi.Answer paused = api.post("batches/" + batch + "/pause");

    assertThat(paused.status()).as(paused.body()).isEqualTo(200);
    assertThat(paused.json().getString("status")).isEqualTo("PAUSED");
    Thread.sleep(1_500);
    int atPause = receivedFor(batch).size();
    Thread.sleep(3_000);
    assertThat(receivedFor(batch)).hasSize(atPause);
    assertThat(atPause).isLessThan(3_000 - 3_000 / 100);

    RohrpostApi.Answer resumed = api.post("batches/" + batch + "/resume");
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(120)).getString("status"))
        .isEqualTo("COMPLETED");
    List<String> recipients = recipients(receivedFor(batch));
    assertThat(recipients).hasSize(3_000 - 30).doesNotHaveDuplicates();
  }

  @Test
  void pausingWhileGeneratingAndResumingGeneratesAnewWithOneRowPerRecipient() throws Exception {
    // large enough that the pause lands while generating, small enough that cancelling it answers
    // well within the HTTP connection's 30 s on a loaded machine (40,000 took 37 s on H2 there)
    population("large", 20_000);
    communication("big", "large", false);
    long batch = newBatch("big", null);
    RohrpostApi.Answer replaced =
        api.put("clients/" + client + "/populations/large", "text/csv", "email\nx@example.org\n");
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(409);

    RohrpostApi.Answer paused = api.post("batches/" + batch + "/pause");
    while (paused.status() == 409 && paused.body().contains("GENERATION_QUEUED")) {
      Thread.sleep(20);
      paused = api.post("batches/" + batch + "/pause");
    }

    assertThat(paused.status()).as(paused.body()).isEqualTo(200);
    assertThat(paused.json().getString("pausedFrom")).isEqualTo("GENERATING");
    Thread.sleep(1_000);
    long atPause = api.get("batches/" + batch).json().getJsonObject("counts").getInt("profiles");
    assertThat(atPause).isLessThan(20_000);
    RohrpostApi.Answer resumed = api.post("batches/" + batch + "/resume");
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
    JsonObject generated = api.awaitBatch(batch, "PENDING_APPROVAL", Duration.ofSeconds(120));
    assertThat(generated.getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(generated.getJsonObject("counts").getInt("profiles")).isEqualTo(20_000);

    RohrpostApi.Answer cancelled = api.post("batches/" + batch + "/cancel");
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(api.get("batches/" + batch + "/messages?status=PENDING").structure().asJsonArray())
        .isEmpty();
  }

  @Test
  void cancellingAPendingBatchSendsNothing() throws Exception {
    population("few", 30);
    communication("maybe", "few", false);
    long batch = newBatch("maybe", null);
    assertThat(
            api.awaitBatch(batch, "PENDING_APPROVAL", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("PENDING_APPROVAL");

    RohrpostApi.Answer cancelled = api.post("batches/" + batch + "/cancel");

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(api.post("batches/" + batch + "/approve").status()).isEqualTo(409);
    Thread.sleep(2_000);
    assertThat(receivedFor(batch)).isEmpty();
    assertThat(ledgerCount(batch, "CANCELLED")).isEqualTo(30);
  }

  @Test
  void anEmptyPopulationEndsWithNoMessages() throws Exception {
    population("nobody", 0);
    communication("void", "nobody", true);

    long batch = newBatch("void", null);

    assertThat(api.awaitBatch(batch, "NO_MESSAGES", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("NO_MESSAGES");
  }

  @Test
  void aBatchWaitsForItsSendTime() throws Exception {
    population("later", 5);
    communication("soon", "later", true);
    String sendAt = Instant.now().plusSeconds(3).toString();

    long batch = newBatch("soon", sendAt);

    JsonObject scheduled = api.get("batches/" + batch).json();
    assertThat(scheduled.getString("status")).isEqualTo("SCHEDULED");
    assertThat(scheduled.getString("sendAt")).isNotNull();
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");
    assertThat(receivedFor(batch)).hasSize(5);
  }

  @Test
  void badBatchRequestsAreRefused() {
    population("p", 1);
    communication("c", "p", true);
    String batches = "clients/" + client + "/communications/c/batches";

    RohrpostApi.Answer badTime =
        api.post(batches, Json.createObjectBuilder().add("sendAt", "tomorrow").build());

    assertThat(badTime.status()).isEqualTo(422);
    assertThat(badTime.body()).contains("sendAt");
    assertThat(
            api.post(
                    "clients/" + client + "/communications/none/batches",
                    Json.createObjectBuilder().build())
                .status())
        .isEqualTo(404);
    assertThat(api.get(batches).structure().asJsonArray()).isEmpty();
  }

  private long ledgerCount(long batch, String status) {
    long count = 0;
    for (int page = 0; ; page++) {
      JsonArray rows =
          api.get("batches/" + batch + "/messages?status=" + status + "&page=" + page)
              .structure()
              .asJsonArray();
      count += rows.size();
      if (rows.isEmpty()) {
        return count;
      }
    }
  }

  private void awaitReceived(long batch, int atLeast, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (receivedFor(batch).size() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private static List<String> recipients(List<MimeMessage> messages) {
    return messages.stream()
        .map(
            m -> {
              try {
                Address[] to = m.getAllRecipients();
                return to[0].toString();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .collect(Collectors.toList());
  }
}
