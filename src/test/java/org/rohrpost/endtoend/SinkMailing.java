package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An ad-hoc mailing of numbered recipients to an SMTP sink (GreenMail), for the tests that stop,
 * kill or cut off servers mid-mailing: what the sink received per recipient, and the ledger.
 */
final class SinkMailing {
  private final RohrpostApi api;
  private final GreenMailOperations sink;
  private final long batch;
  private final int recipients;

  private SinkMailing(RohrpostApi api, GreenMailOperations sink, long batch, int recipients) {
    this.api = api;
    this.sink = sink;
    this.batch = batch;
    this.recipients = recipients;
  }

  /** A batch of {@code recipients} already under way, such as a schedule's run. */
  static SinkMailing of(RohrpostApi api, GreenMailOperations sink, long batch, int recipients) {
    return new SinkMailing(api, sink, batch, recipients);
  }

  /** Submits a mailing of {@code prefix}0..n-1@sink.example.org for the client. */
  static SinkMailing submit(
      RohrpostApi api, GreenMailOperations sink, String client, String prefix, int recipients) {
    long batch =
        api.adhoc(client, prefix, recipients, "sink.example.org", "A mailing to the sink.");
    return new SinkMailing(api, sink, batch, recipients);
  }

  long batch() {
    return batch;
  }

  int sent() {
    return api.get("batches/" + batch).json().getJsonObject("counts").getInt("sent");
  }

  /** Waits until the batch counts {@code atLeast} sent (at most three minutes). */
  void awaitSent(int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (sent() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  void awaitCompleted() throws InterruptedException {
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofMinutes(5)).getString("status"))
        .isEqualTo("COMPLETED");
  }

  /** How often the sink received each recipient of this mailing. */
  Map<String, Long> deliveries() {
    return Arrays.stream(sink.getReceivedMessages())
        .filter(m -> Long.toString(batch).equals(header(m)))
        .collect(Collectors.groupingBy(SinkMailing::recipient, Collectors.counting()));
  }

  /** The recipients the sink received more than once, with how often. */
  Map<String, Long> duplicates() {
    return deliveries().entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Every recipient delivered, and the batch's counts equal its ledger. */
  void assertEveryoneDeliveredAndCountsEqualTheLedger() {
    assertThat(deliveries()).as("recipients delivered").hasSize(recipients);
    JsonObject counts = api.get("batches/" + batch).json().getJsonObject("counts");
    long sent =
        ledger().values().stream().filter(m -> m.getString("status").equals("SENT")).count();
    assertThat(counts.getInt("profiles")).isEqualTo(recipients);
    assertThat(counts.getInt("sent")).isEqualTo(sent).isEqualTo(recipients);
  }

  /** The ledger of the batch by recipient. */
  Map<String, JsonObject> ledger() {
    Map<String, JsonObject> rows = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonArray found =
          api.get("batches/" + batch + "/messages?page=" + page).structure().asJsonArray();
      if (found.isEmpty()) {
        return rows;
      }
      found.getValuesAs(JsonObject.class).forEach(r -> rows.put(r.getString("recipient"), r));
    }
  }

  private static String header(MimeMessage m) {
    try {
      return m.getHeader("X-Rohrpost-Batch", null);
    } catch (Exception e) {
      return null;
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
