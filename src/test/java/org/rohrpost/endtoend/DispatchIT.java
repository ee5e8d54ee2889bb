package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * How the send classes share the work, end to end: clients of one class take turns, NORMAL goes
 * before a running BULK, TRICKLE and a message system's own rate hold, DEDICATED mail goes only to
 * its server. The server under test runs TRICKLE at {@value #TRICKLE_RATE} messages a second with
 * two workers (see arquillian.xml): the rate is the class's, held across its workers, and one
 * worker alone could not reach it on a loaded machine (each message's turn took ~70 ms there).
 */
@OnEveryDatabase
@Tag(DispatchIT.TIMING)
class DispatchIT extends EndToEndTest {
  /**
   * Rates within 5% and overtaking within seconds: .ci/run runs these where nothing runs beside.
   */
  static final String TIMING = "timing";

  private static final int TRICKLE_RATE = 20;
  private static final String THIS_SERVER = "it-server";
  private static final int OVERTAKEN_WITHIN_SECONDS = 5;

  @Test
  void aClientsTenMessagesGoAheadOfAnotherClientsThousandsOnTheSameClass() throws Exception {
    assertOvertakes(
        newClient("big", "BULK", null, null), newClient("small", "BULK", null, null), 10);
  }

  @Test
  void normalMailOvertakesARunningBulkBatch() throws Exception {
    assertOvertakes(newClient("bulk", "BULK", null, null), client, 20);
  }

  /**
   * While a batch of 20,000 of {@code big} is sending, a batch of {@code messages} of {@code small}
   * is sent completely within {@value #OVERTAKEN_WITHIN_SECONDS} s, long before the big one ends.
   */
  private void assertOvertakes(String big, String small, int messages) throws Exception {
    long bigBatch = adhoc(big, 20_000);
    api.awaitBatch(bigBatch, "SENDING", Duration.ofSeconds(30));

    Instant asked = Instant.now();
    long smallBatch = adhoc(small, messages);
    JsonObject smallDone = api.awaitBatch(smallBatch, "COMPLETED", Duration.ofSeconds(30));
    Duration took = Duration.between(asked, Instant.now());
    JsonObject bigMeanwhile = api.get("batches/" + bigBatch).json();

    try {
      assertThat(smallDone.getJsonObject("counts").getInt("sent")).isEqualTo(messages);
      assertThat(took).isLessThan(Duration.ofSeconds(OVERTAKEN_WITHIN_SECONDS));
      assertThat(bigMeanwhile.getString("status")).isEqualTo("SENDING");
      assertThat(bigMeanwhile.getJsonObject("counts").getInt("sent")).isLessThan(20_000);
    } finally {
      stop(bigBatch);
    }
  }

  @Test
  void trickleAndAMessageSystemsOwnRateHoldWithinFivePercent() throws Exception {
    String trickle = newClient("trickle", "TRICKLE", null, null);
    String limited = newClient("limited", "NORMAL", null, 25.0);
    long trickleBatch = adhoc(trickle, 240);
    long limitedBatch = adhoc(limited, 300);

    api.awaitBatch(trickleBatch, "COMPLETED", Duration.ofSeconds(60));
    api.awaitBatch(limitedBatch, "COMPLETED", Duration.ofSeconds(60));

    assertRate(sentTimes(trickleBatch, 240), TRICKLE_RATE);
    assertRate(sentTimes(limitedBatch, 300), 25);
  }

  @Test
  void dedicatedMailIsSentOnlyByTheServerItIsPinnedTo() throws Exception {
    String here = newClient("here", "DEDICATED", THIS_SERVER, null);
    String elsewhere = newClient("elsewhere", "DEDICATED", "another-server", null);
    long elsewhereBatch = adhoc(elsewhere, 5);
    long hereBatch = adhoc(here, 60);

    JsonObject hereDone = api.awaitBatch(hereBatch, "COMPLETED", Duration.ofSeconds(30));
    Thread.sleep(2_000);
    JsonObject elsewhereLater = api.get("batches/" + elsewhereBatch).json();

    assertThat(hereDone.getJsonObject("counts").getInt("sent")).isEqualTo(60);
    assertThat(receivedFor(hereBatch)).hasSize(60);
    assertThat(elsewhereLater.getString("status")).isEqualTo("WAITING");
    assertThat(elsewhereLater.getJsonObject("counts").getInt("sent")).isZero();
    assertThat(receivedFor(elsewhereBatch)).isEmpty();
    assertThat(api.get("clients/" + elsewhere).json().getString("server"))
        .isEqualTo("another-server");
  }

  /**
   * Over every 10 s window inside the run, the messages sent are within 5% of the rate; the run as
   * a whole is not faster than the rate.
   */
  private static void assertRate(List<Instant> sent, double perSecond) {
    Duration span = Duration.between(sent.get(0), sent.get(sent.size() - 1));
    double expectedSeconds = (sent.size() - 1) / perSecond;
    assertThat(span.toMillis() / 1000.0).isGreaterThanOrEqualTo(expectedSeconds * 0.95);
    Duration window = Duration.ofSeconds(10);
    for (int i = 0; i < sent.size(); i++) {
      Instant end = sent.get(i).plus(window);
      if (end.isAfter(sent.get(sent.size() - 1))) {
        break;
      }
      long inWindow = sent.stream().skip(i).takeWhile(t -> t.isBefore(end)).count();
      assertThat((double) inWindow)
          .as("messages in the 10 s from %s at %s/s", sent.get(i), perSecond)
          .isBetween(perSecond * 10 * 0.95, perSecond * 10 * 1.05);
    }
  }

  /** When each message of the batch was sent, in order. */
  private List<Instant> sentTimes(long batch, int size) {
    List<Instant> times = new ArrayList<>();
    for (int page = 0; times.size() < size; page++) {
      JsonArray rows =
          api.get("batches/" + batch + "/messages?page=" + page).structure().asJsonArray();
      assertThat(rows).as("page %s of batch %s", page, batch).isNotEmpty();
      rows.getValuesAs(JsonObject.class)
          .forEach(row -> times.add(Instant.parse(row.getString("sentAt"))));
    }
    return times.stream().sorted().toList();
  }

  /** Pauses and cancels a batch that a test no longer needs, so later tests have the workers. */
  private void stop(long batch) {
    api.post("batches/" + batch + "/pause");
    api.post("batches/" + batch + "/cancel");
  }

  private String newClient(String prefix, String queueClass, String server, Double rate) {
    return api.newClient(prefix, queueClass, server, smtp.getSmtp().getPort(), rate);
  }

  private long adhoc(String clientKey, int recipients) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < recipients; i++) {
      list.add(Json.createObjectBuilder().add("email", "r" + i + "@" + clientKey + ".example.org"));
    }
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + clientKey + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Hello")
                .add("text", "Hello from " + clientKey)
                .add("recipients", list)
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }
}
