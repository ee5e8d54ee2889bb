package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * Scheduled tasks fire their communication once per due time: on time, late within the misfire
 * grace after downtime (or skipped), never twice however many firers try; only schedulers and
 * administrators define them.
 */
@OnEveryDatabase
class ScheduleIT extends EndToEndTest {

  @Test
  void aOneOffScheduleFiresOnceAndItsBatchCompletesAtTheSmtpServer() throws Exception {
    population("five", 5);
    communication("soon", "five", true);
    Instant at = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);

    RohrpostApi.Answer created = schedule(once("soon", at.toString(), "Europe/Berlin"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject task = created.json();
    assertThat(task.getString("owner")).isEqualTo("admin");
    assertThat(task.getJsonArray("nextDue").getString(0)).isEqualTo(at.toString());
    JsonObject fired = awaitSchedule(task.getInt("id"), s -> s.getJsonArray("runs").size() == 1);
    JsonObject run = fired.getJsonArray("runs").getJsonObject(0);
    assertThat(run.getString("status")).isEqualTo("FIRED");
    assertThat(run.getString("dueAt")).isEqualTo(at.toString());
    assertThat(run.getString("instance")).isEqualTo("it-server");
    long batch = run.getJsonNumber("batch").longValue();
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");
    assertThat(receivedFor(batch)).hasSize(5);
    assertThat(fired.getJsonArray("nextDue")).isEmpty();
    assertThat(batchesOf("soon")).hasSize(1);
  }

  @Test
  void aDueTimeThatAnotherServerFiredIsNotFiredAgain() throws Exception {
    population("two", 2);
    communication("raced", "two", true);
    Instant at = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
    int id = schedule(once("raced", at.toString(), "UTC")).json().getInt("id");

    try (Connection db = ItDatabase.open();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into task_run (id, task_id, due_at, status, fired_at, instance)"
                    + " values (?, ?, ?, 'FIRED', ?, 'other-server')")) {
      insert.setLong(1, 1_000_000_000L + id);
      insert.setLong(2, id);
      insert.setObject(3, at.atOffset(ZoneOffset.UTC));
      insert.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
    Thread.sleep(Duration.between(Instant.now(), at).plusSeconds(4).toMillis());

    JsonArray runs = api.get(path(id)).json().getJsonArray("runs");
    assertThat(runs).hasSize(1);
    assertThat(runs.getJsonObject(0).getString("instance")).isEqualTo("other-server");
    assertThat(batchesOf("raced")).isEmpty();
  }

  @Test
  void aDueTimeMissedWhileNoServerRanFiresLateWithinGraceOrIsSkipped() throws Exception {
    population("three", 3);
    communication("daily", "three", true);
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    // due 20 minutes ago, local time in Berlin
    String time = LocalTime.now(berlin).minusMinutes(20).truncatedTo(ChronoUnit.MINUTES).toString();
    int late = schedule(daily("daily", time, "FIRE_LATE", "PT1H")).json().getInt("id");
    int skipped = schedule(daily("daily", time, "SKIP", "PT1H")).json().getInt("id");
    int tooLate = schedule(daily("daily", time, "FIRE_LATE", "PT10M")).json().getInt("id");
    // as if they had been made two hours ago and every server had been down since
    try (Connection db = ItDatabase.open();
        PreparedStatement backdate =
            db.prepareStatement(
                "update scheduled_task set effective_from = ?, version = version + 1"
                    + " where id in (?, ?, ?)")) {
      backdate.setObject(1, Instant.now().minus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC));
      backdate.setLong(2, late);
      backdate.setLong(3, skipped);
      backdate.setLong(4, tooLate);
      assertThat(backdate.executeUpdate()).isEqualTo(3);
    }

    JsonObject lateRun = onlyRun(awaitSchedule(late, s -> !s.getJsonArray("runs").isEmpty()));
    JsonObject skippedRun = onlyRun(awaitSchedule(skipped, s -> !s.getJsonArray("runs").isEmpty()));
    JsonObject tooLateRun = onlyRun(awaitSchedule(tooLate, s -> !s.getJsonArray("runs").isEmpty()));

    assertThat(lateRun.getString("status")).isEqualTo("FIRED");
    assertThat(lateRun.getString("detail")).contains("fired late");
    long batch = lateRun.getJsonNumber("batch").longValue();
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");
    assertThat(skippedRun.getString("status")).isEqualTo("SKIPPED");
    assertThat(skippedRun.getString("detail")).contains("misfire policy SKIP");
    assertThat(tooLateRun.getString("status")).isEqualTo("SKIPPED");
    assertThat(tooLateRun.getString("detail")).contains("more than the grace of PT10M");
    assertThat(batchesOf("daily")).hasSize(1);
  }

  @Test
  void aDailyScheduleShowsItsNextDueTimesAndCanBeDisabledAndDeleted() {
    population("one", 1);
    communication("morning", "one", true);
    JsonObject task = schedule(daily("morning", "09:00", null, null)).json();
    int id = task.getInt("id");

    JsonArray next = task.getJsonArray("nextDue");
    assertThat(next).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(Instant.parse(next.getString(i)).atZone(ZoneId.of("Europe/Berlin")).toLocalTime())
          .isEqualTo(LocalTime.of(9, 0));
    }
    assertThat(task.getJsonObject("misfire").getString("policy")).isEqualTo("FIRE_LATE");

    JsonObject disabled = api.post(path(id) + "/disable").json();
    assertThat(disabled.getBoolean("enabled")).isFalse();
    assertThat(disabled.getJsonArray("nextDue")).isEmpty();
    assertThat(api.post(path(id) + "/enable").json().getJsonArray("nextDue")).hasSize(5);
    assertThat(api.delete("clients/" + client + "/communications/morning").status()).isEqualTo(409);
    assertThat(api.delete(path(id)).status()).isEqualTo(204);
    assertThat(api.get(path(id)).status()).isEqualTo(404);
  }

  @Test
  void impossibleSchedulesAreRefusedAndNothingIsMade() {
    population("one", 1);
    communication("never", "one", true);

    assertRefused(once("never", "2027-02-30T09:00", "Europe/Berlin"), "at", "FEBRUARY 30");
    assertRefused(once("never", "2020-01-01T09:00:00Z", "UTC"), "at", "is in the past");
    assertRefused(once("never", "2027-01-01T09:00", "Europe/Atlantis"), "timeZone", "time zone");
    assertRefused(once("nothing", "2027-01-01T09:00", "UTC"), "communication", "no communication");
    JsonObject feb30 =
        Json.createObjectBuilder()
            .add("communication", "never")
            .add("timeZone", "UTC")
            .add(
                "recurrence",
                Json.createObjectBuilder()
                    .add("frequency", "CALENDAR")
                    .add("expression", "0 9 30 2 *"))
            .build();
    assertRefused(feb30, "recurrence", "never due");
    assertThat(api.get("clients/" + client + "/schedules").structure().asJsonArray()).isEmpty();
  }

  @Test
  void onlySchedulersAndAdministratorsDefineSchedules() {
    population("one", 1);
    communication("roles", "one", true);
    String scheduler = user("sched", "SCHEDULER");
    String viewer = user("view", "VIEWER");
    RohrpostApi asScheduler = as(scheduler);
    RohrpostApi asViewer = as(viewer);
    JsonObject request = daily("roles", "07:00", null, null);

    RohrpostApi.Answer byScheduler = asScheduler.post("clients/" + client + "/schedules", request);
    RohrpostApi.Answer byViewer = asViewer.post("clients/" + client + "/schedules", request);

    assertThat(byScheduler.status()).as(byScheduler.body()).isEqualTo(201);
    assertThat(byScheduler.json().getString("owner")).isEqualTo(scheduler);
    assertThat(byViewer.status()).isEqualTo(403);
    assertThat(byViewer.contentType()).startsWith("application/problem+json");
    assertThat(asViewer.get("clients/" + client + "/schedules").structure().asJsonArray())
        .hasSize(1);
    assertThat(
            asScheduler
                .post("clients", Json.createObjectBuilder().add("key", "x").build())
                .status())
        .isEqualTo(403);
  }

  private void assertRefused(JsonObject request, String field, String message) {
    RohrpostApi.Answer answer = schedule(request);
    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.body()).contains("\"field\":\"" + field + "\"").contains(message);
  }

  private RohrpostApi.Answer schedule(JsonObject request) {
    return api.post("clients/" + client + "/schedules", request);
  }

  private String path(int id) {
    return "clients/" + client + "/schedules/" + id;
  }

  private static JsonObject once(String communication, String at, String zone) {
    return Json.createObjectBuilder()
        .add("communication", communication)
        .add("at", at)
        .add("timeZone", zone)
        .build();
  }

  private static JsonObject daily(String communication, String time, String policy, String grace) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("communication", communication)
            .add("timeZone", "Europe/Berlin")
            .add(
                "recurrence",
                Json.createObjectBuilder().add("frequency", "DAILY").add("time", time));
    if (policy != null) {
      body.add("misfire", Json.createObjectBuilder().add("policy", policy).add("grace", grace));
    }
    return body.build();
  }

  private JsonObject awaitSchedule(int id, Predicate<JsonObject> done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    JsonObject schedule = api.get(path(id)).json();
    while (!done.test(schedule) && System.nanoTime() < deadline) {
      Thread.sleep(250);
      schedule = api.get(path(id)).json();
    }
    return schedule;
  }

  private static JsonObject onlyRun(JsonObject schedule) {
    JsonArray runs = schedule.getJsonArray("runs");
    assertThat(runs).as(schedule.toString()).hasSize(1);
    return runs.getJsonObject(0);
  }

  private List<JsonObject> batchesOf(String communication) {
    return api.get("clients/" + client + "/communications/" + communication + "/batches")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }
}
