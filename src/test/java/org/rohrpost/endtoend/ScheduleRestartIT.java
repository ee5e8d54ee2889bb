package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.OnPostgreSql;

/**
 * A server killed before its schedules' due time and started again more than the timers' window (60
 * s) after it: the due time fires once, late, under {@code FIRE_LATE} within the grace, and is
 * recorded as skipped under {@code SKIP}.
 */
@OnPostgreSql
class ScheduleRestartIT {
  /** Shorter than the default minute, so that the test waits less. */
  private static final int TIMERS_WINDOW_SECONDS = 5;

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void dueTimesPassedWhileTheServerWasDownFireLateOrAreSkippedPerPolicy() throws Exception {
    ServerProcess server =
        new ServerProcess("schedule-restart", 18090)
            .with("-Drohrpost.schedule.timers.window.seconds=" + TIMERS_WINDOW_SECONDS);
    try {
      server.start();
      RohrpostApi api = RohrpostApi.asAdmin(server.uri());
      String client = api.newClientWithSmtp("restart", smtp.getSmtp().getPort());
      TestMailings.population(api, client, "three", 3);
      TestMailings.communication(api, client, "nightly", "three", true);
      Instant at = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
      int late = schedule(api, client, at, "FIRE_LATE");
      int skipped = schedule(api, client, at, "SKIP");

      server.kill();
      // down until the due times are older than the timers' window: misfires, for the catch-up
      Thread.sleep(
          Duration.between(Instant.now(), at.plusSeconds(TIMERS_WINDOW_SECONDS + 2)).toMillis());
      server.start();

      JsonObject lateRun = awaitRun(api, client, late);
      JsonObject skippedRun = awaitRun(api, client, skipped);
      assertThat(lateRun.getString("status")).isEqualTo("FIRED");
      assertThat(lateRun.getString("dueAt")).isEqualTo(at.toString());
      assertThat(lateRun.getString("detail")).contains("fired late");
      long batch = lateRun.getJsonNumber("batch").longValue();
      assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
          .isEqualTo("COMPLETED");
      assertThat(
              Arrays.stream(smtp.getReceivedMessages())
                  .filter(m -> header(m, "X-Rohrpost-Batch").equals(Long.toString(batch))))
          .hasSize(3);
      assertThat(skippedRun.getString("status")).isEqualTo("SKIPPED");
      assertThat(skippedRun.getString("detail")).contains("misfire policy SKIP");
      assertThat(
              api.get("clients/" + client + "/communications/nightly/batches")
                  .structure()
                  .asJsonArray())
          .hasSize(1);
    } finally {
      server.kill();
      server.dropDatabase();
    }
  }

  private static int schedule(RohrpostApi api, String client, Instant at, String policy) {
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/schedules",
            Json.createObjectBuilder()
                .add("communication", "nightly")
                .add("at", at.toString())
                .add("timeZone", "Europe/Berlin")
                .add(
                    "misfire",
                    Json.createObjectBuilder().add("policy", policy).add("grace", "PT1H"))
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getInt("id");
  }

  private static JsonObject awaitRun(RohrpostApi api, String client, int id)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonArray runs = JsonArray.EMPTY_JSON_ARRAY;
    while (runs.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      RohrpostApi.Answer schedule = api.get("clients/" + client + "/schedules/" + id);
      assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
      runs = schedule.json().getJsonArray("runs");
    }
    assertThat(runs).hasSize(1);
    return runs.getJsonObject(0);
  }

  private static String header(jakarta.mail.internet.MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, null);
      return value == null ? "" : value;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
