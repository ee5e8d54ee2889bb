package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The Schedule Message wizard in a real browser: a mailing defined step by step (message with a
 * preview, an uploaded population with an invalid row, delivery, when, review) and saved as a batch
 * now or a recurring schedule.
 */
class WizardIT extends PageTest {
  private static final String CSV =
      "email,name\n" + email(1) + ",Anna\nnot-an-address,Bad\n" + email(2) + ",Ben\n";

  @Test
  void aMailingSentNowIsApprovedOnTheApprovalPageAndCompletes() throws Exception {
    signInAndOpenWizard();

    fillMessage("", false);
    next();
    assertThat(browser.text("#messages")).contains("subject: is required");
    assertThat(step()).isEqualTo("Message");
    browser.screenshot("wizard-1-message-refused");

    fillMessage("News for {{name}}", false);
    browser.awaitText("#previewSubject", "News for Erika Mustermann");
    assertThat(browser.text("#previewText"))
        .as("rendered as typed")
        .isEqualTo("Dear Erika Mustermann");
    browser.type("#form\\:html", "<p>{{#open}}</p>");
    browser.awaitText("#previewErrors", "html: ", String::startsWith);
    screenshotOf("#preview", "wizard-1-message-live-preview-error");
    browser.type("#form\\:html", "<p>Dear {{name}}</p>");
    browser.awaitText("#previewErrors", "", String::equals);
    browser.click("#form\\:preview");
    assertThat(browser.text("#previewSubject")).isEqualTo("News for Erika Mustermann");
    assertThat(browser.text("#previewText")).isEqualTo("Dear Erika Mustermann");
    assertThat(browser.find("#previewHtml").getDomAttribute("srcdoc"))
        .isEqualTo("<p>Dear Erika Mustermann</p>");
    screenshotOf("#preview", "wizard-1-message-preview");
    next();

    assertThat(step()).isEqualTo("Population");
    upload(CSV);
    assertThat(browser.text("#uploaded"))
        .as("an invalid address is kept, to be skipped and counted")
        .contains("members kept: 3, rows with a problem: 1");
    assertThat(browser.text("#form\\:invalidRows")).contains("not-an-address");
    assertThat(browser.find("#form\\:newPopulation").getDomProperty("value")).isEqualTo("news");
    screenshotOf("#form\\:invalidRows", "wizard-2-population");

    browser.click("#form\\:back");
    assertThat(step()).isEqualTo("Message");
    assertThat(browser.find("#form\\:subject").getDomProperty("value"))
        .isEqualTo("News for {{name}}");
    assertThat(browser.text("#previewSubject"))
        .as("the preview's sample is now the first valid member uploaded")
        .isEqualTo("News for Anna");
    next();
    assertThat(browser.text("#uploaded")).contains("members kept: 3");
    next();

    assertThat(step()).isEqualTo("Delivery");
    select("#form\\:messageSystem", "smtp");
    browser.screenshot("wizard-3-delivery");
    next();

    assertThat(step()).isEqualTo("When");
    browser.screenshot("wizard-4-when");
    next();

    assertThat(step()).isEqualTo("Review");
    assertThat(browser.text("#reviewClient")).isEqualTo(client);
    assertThat(browser.text("#reviewCommunication")).isEqualTo("news (new)");
    assertThat(browser.text("#reviewPopulation")).contains("news (new").contains("3 members");
    assertThat(browser.text("#reviewMessageSystem")).isEqualTo("smtp");
    assertThat(browser.text("#reviewApproval")).isEqualTo("by " + APPROVER);
    assertThat(browser.text("#reviewWhen")).isEqualTo("now");
    browser.screenshot("wizard-5-review");

    long batch = save();
    JsonObject view = api.awaitBatch(batch, "PENDING_APPROVAL", Duration.ofSeconds(30));
    assertThat(view.getString("client")).isEqualTo(client);
    assertThat(view.getString("communication")).isEqualTo("news");
    assertThat(view.getString("status")).isEqualTo("PENDING_APPROVAL");
    JsonObject population = api.get("clients/" + client + "/populations/news").json();
    assertThat(population.getInt("size")).isEqualTo(3);
    assertThat(population.getInt("invalid")).isEqualTo(1);

    browser.open(server + "admin/batch.xhtml?id=" + batch);
    browser.click("#review");
    assertThat(browser.text("h1")).isEqualTo("Approve batch " + batch);
    browser.click("#decide\\:approve");
    browser.click("#confirm\\:yes");
    assertThat(browser.text("#done")).isEqualTo("Approved: the batch is sending.");
    awaitOnThePage("#status", "COMPLETED");
    assertThat(browser.text("#sent")).isEqualTo("2");
    assertThat(receivedFor(batch)).hasSize(2);
    browser.screenshot("wizard-6-completed");
  }

  /** Reads the page again until the element shows the text (the page also reloads itself). */
  private void awaitOnThePage(String css, String text) throws InterruptedException {
    for (int tries = 0; tries < 60 && !browser.text(css).equals(text); tries++) {
      Thread.sleep(500);
      browser.open(browser.url());
    }
    assertThat(browser.text(css)).isEqualTo(text);
  }

  @Test
  void aMailingThatBypassesApprovalIsDelivered() throws Exception {
    signInAndOpenWizard();
    fillMessage("Hello {{name}}", true);
    next();
    upload("email\n" + "x".repeat(21 * 1024 * 1024));
    assertThat(browser.text("#messages")).contains("file: is larger than 20 MiB");
    assertThat(step()).isEqualTo("Population");
    upload(CSV);
    next();
    select("#form\\:messageSystem", "smtp");
    next();
    next();
    assertThat(browser.text("#reviewApproval")).isEqualTo("bypassed");

    long batch = save();
    JsonObject view = api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));
    assertThat(view.getString("status")).isEqualTo("COMPLETED");
    assertThat(receivedFor(batch))
        .extracting(m -> m.getSubject())
        .containsExactlyInAnyOrder("Hello Anna", "Hello Ben");
    browser.screenshot("wizard-batch-completed");
  }

  @Test
  void aRecurringScheduleShowsItsNextDueTimesAndIsSaved() throws Exception {
    signInAndOpenWizard();
    fillMessage("Weekly {{name}}", true);
    next();
    upload(CSV);
    next();
    select("#form\\:messageSystem", "smtp");
    select("#form\\:queueClass", "BULK");
    next();

    browser.find("#form\\:mode input[value=RECURRING]").click();
    select("#form\\:zone", "Europe/Berlin");
    select("#form\\:frequency", "DAILY");
    browser.type("#form\\:time", "09:00");
    browser.click("#form\\:showDueTimes");
    List<String> due = dueTimes();
    assertThat(due).hasSize(5).allSatisfy(d -> assertThat(d).endsWith("09:00 Europe/Berlin"));
    screenshotOf("#dueTimes", "wizard-4-when-recurring");

    browser.type("#form\\:time", "25:00");
    browser.click("#form\\:next");
    assertThat(browser.text("#messages")).contains("recurrence.time");
    assertThat(step()).isEqualTo("When");
    browser.type("#form\\:time", "09:00");
    next();
    assertThat(browser.text("#reviewWhen")).isEqualTo("daily at 09:00 (Europe/Berlin)");
    assertThat(browser.text("#reviewQueueClass")).isEqualTo("BULK");
    assertThat(dueTimes()).isEqualTo(due);

    browser.click("#form\\:save");
    assertThat(browser.text("h1")).isEqualTo("Batches");
    assertThat(browser.text("#done")).startsWith("Scheduled: task ").contains(due.get(0));
    browser.screenshot("wizard-scheduled");
    JsonArray schedules = (JsonArray) api.get("clients/" + client + "/schedules").structure();
    assertThat(schedules).hasSize(1);
    JsonObject schedule = schedules.getJsonObject(0);
    assertThat(schedule.getString("communication")).isEqualTo("news");
    assertThat(schedule.getString("timeZone")).isEqualTo("Europe/Berlin");
    assertThat(schedule.getJsonArray("nextDue")).hasSize(5);
    assertThat(api.get("clients/" + client + "/communications/news").json().getString("queueClass"))
        .isEqualTo("BULK");
  }

  @Test
  void aSchedulerPutsAnExistingCommunicationOnAScheduleButDoesNotSendNow() throws Exception {
    population("members", 3);
    communication("weekly", "members", true);
    String before = api.get("clients/" + client + "/communications/weekly").body();
    signIn(user("scheduler", "SCHEDULER"), USER_PASSWORD);
    browser.click("#scheduleLink");
    select("#form\\:client", client);
    browser.click("#form\\:chooseClient");
    select("#form\\:startFrom", "weekly");
    browser.click("#form\\:use");
    assertThat(browser.find("#form\\:subject").getDomProperty("value"))
        .isEqualTo("News for {{name}}");
    next();
    next();
    next();
    assertThat(step()).isEqualTo("When");
    next();
    assertThat(browser.text("#reviewWhen")).isEqualTo("now");
    browser.click("#form\\:save");
    assertThat(browser.text("#messages"))
        .contains("Only an administrator may define a communication or population or send now");
    assertThat(api.get("clients/" + client + "/communications/weekly/batches").body())
        .isEqualTo("[]");
    browser.screenshot("wizard-scheduler-refused-now");

    browser.click("#form\\:back");
    browser.find("#form\\:mode input[value=RECURRING]").click();
    select("#form\\:zone", "Europe/Berlin");
    select("#form\\:frequency", "DAILY");
    browser.type("#form\\:time", "07:30");
    next();
    browser.click("#form\\:save");
    assertThat(browser.text("#done")).startsWith("Scheduled: task ");
    assertThat((JsonArray) api.get("clients/" + client + "/schedules").structure()).hasSize(1);
    assertThat(api.get("clients/" + client + "/communications/weekly").body())
        .as("the communication as it was")
        .isEqualTo(before);
  }

  @Test
  void aViewerNeitherSeesNorOpensTheWizard() throws Exception {
    String viewer = user("viewer", "VIEWER");
    signIn(viewer, USER_PASSWORD);
    assertThat(browser.driver().findElements(By.id("scheduleLink"))).isEmpty();

    browser.open(server + "schedule/message.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector("#form\\:next"))).isEmpty();
    assertThat(browser.driver().getPageSource()).contains("403");
    browser.screenshot("wizard-refused-to-a-viewer");
  }

  private void signInAndOpenWizard() {
    signIn();
    browser.click("#scheduleLink");
    assertThat(browser.text("h1")).isEqualTo("Schedule a message");
    select("#form\\:client", client);
  }

  private void fillMessage(String subject, boolean bypassApproval) {
    browser.type("#form\\:key", "news");
    browser.type("#form\\:subject", subject);
    browser.type("#form\\:html", "<p>Dear {{name}}</p>");
    browser.type("#form\\:text", "Dear {{name}}");
    if (bypassApproval) {
      browser.find("#form\\:bypassApproval").click();
    } else {
      browser.type("#form\\:approvers", APPROVER);
    }
  }

  private void upload(String csv) throws Exception {
    Path file = Files.createTempFile(Path.of("target"), "recipients-", ".csv");
    Files.writeString(file, csv);
    browser.find("#form\\:file").sendKeys(file.toAbsolutePath().toString());
    browser.click("#form\\:upload");
  }

  private long save() {
    browser.click("#form\\:save");
    assertThat(browser.url()).contains("/admin/batch.xhtml?").containsPattern("[?&]id=\\d+");
    long batch = Long.parseLong(browser.url().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
    assertThat(browser.text("h1")).isEqualTo("Batch " + batch);
    return batch;
  }

  /** A screenshot with the element scrolled into view (it may be below the fold). */
  private void screenshotOf(String css, String name) throws Exception {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'end'})",
            browser.driver().findElement(By.cssSelector(css)));
    browser.screenshot(name);
  }

  private void next() {
    browser.click("#form\\:next");
  }

  private void select(String css, String value) {
    new Select(browser.find(css)).selectByValue(value);
  }

  private String step() {
    return browser.text("#steps li.current");
  }

  private List<String> dueTimes() {
    return browser.driver().findElements(By.cssSelector("#dueTimes li")).stream()
        .map(li -> li.getText())
        .toList();
  }
}
