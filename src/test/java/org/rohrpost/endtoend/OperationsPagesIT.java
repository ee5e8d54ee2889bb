package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.rohrpost.endtoend.FaultySmtpServer.Fault;
import org.rohrpost.endtoend.FaultySmtpServer.Stage;

/**
 * The monitoring pages in a real browser: a batch's ledger and throughput chart, a message's
 * attempts with resend and correct-and-resubmit, the queues and servers, the history search.
 */
class OperationsPagesIT extends PageTest {
  private static final Duration DONE_WITHIN = Duration.ofSeconds(60);

  /** Refuses recipients whose address starts with "wrong" (550 5.1.1), accepts the others. */
  @RegisterExtension static final FaultySmtpServer faulty = FaultySmtpServer.start();

  @Test
  void aBatchPageShowsItsLedgerAndThroughputAndAMessageIsSentAgainFromItsPage() throws Exception {
    String domain = client + ".example.org";
    long batch = api.adhoc(client, "ops", 3, domain, "Hello");
    assertThat(api.awaitBatch(batch, "COMPLETED", DONE_WITHIN).getString("status"))
        .isEqualTo("COMPLETED");
    signIn();

    browser.open(server + "admin/batch.xhtml?id=" + batch);
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#ledger tbody tr"));
    assertThat(rows).hasSize(3);
    assertThat(texts("#ledger .attempts")).containsExactly("1", "1", "1");
    assertThat(texts("#ledger .status")).containsOnly("SENT");
    assertThat(browser.text("#ledger")).contains("ops0@" + domain);
    assertThat(texts("#ledger .message-id")).allSatisfy(id -> assertThat(id).startsWith("<"));
    List<WebElement> bars = browser.driver().findElements(By.cssSelector("#chart rect.bar"));
    assertThat(bars).isNotEmpty();
    assertThat(bars)
        .as("a bar that shows the messages sent")
        .anySatisfy(b -> assertThat(Double.parseDouble(b.getDomAttribute("height"))).isPositive());
    assertThat(browser.text("#chartCaption")).startsWith("3 messages sent, per 10 s");
    assertThat(browser.driver().findElements(By.cssSelector("meta[http-equiv=refresh]")))
        .as("an ended batch's page does not reload itself")
        .isEmpty();
    browser.screenshot("ops-batch");
    new Actions(browser.driver()).scrollToElement(browser.find("#ledger")).perform();
    browser.screenshot("ops-batch-ledger");

    browser.open(server + "admin/batch.xhtml?id=" + batch + "&status=DEAD");
    assertThat(browser.text("#noMessages")).isEqualTo("No messages.");

    browser.open(server + "admin/batch.xhtml?id=" + batch);
    String first = browser.text("#ledger tbody tr:first-child a.message");
    browser.click("#ledger tbody tr:first-child a.message");
    assertThat(browser.text("h1")).isEqualTo("Message " + first);
    assertThat(browser.text("#status")).isEqualTo("SENT");
    assertThat(texts("#history .code")).containsExactly("250");
    assertThat(browser.text("#history")).contains("SENT").contains("it-server");
    assertThat(browser.driver().findElements(By.cssSelector("#correct")))
        .as("only a dead message is corrected")
        .isEmpty();
    browser.screenshot("ops-message");

    browser.click("#controls\\:resend");
    assertThat(browser.text("#done")).startsWith("Sent again as message ");
    long copy = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertThat(copy).isNotEqualTo(Long.parseLong(first));
    assertThat(browser.text("h1")).isEqualTo("Message " + copy);
    JsonObject resent = api.get("messages/" + copy).json();
    assertThat(resent.getJsonNumber("resendOf").longValue()).isEqualTo(Long.parseLong(first));
    long copyBatch = resent.getJsonNumber("batch").longValue();
    assertThat(api.awaitBatch(copyBatch, "COMPLETED", DONE_WITHIN).getString("status"))
        .isEqualTo("COMPLETED");
    assertThat(receivedFor(copyBatch)).hasSize(1);
    assertThat(receivedFor(copyBatch).get(0).getAllRecipients()[0].toString())
        .isEqualTo(resent.getString("recipient"));
    browser.screenshot("ops-message-resent");
  }

  @Test
  void aDeadMessageIsCorrectedOnItsPageAndGoesToTheCorrectedRecipient() throws Exception {
    faulty.fail(
        Stage.RCPT,
        address -> address.startsWith("wrong"),
        Fault.reply(550),
        FaultySmtpServer.ALWAYS);
    RohrpostApi.Answer system =
        api.post(
            "clients/" + client + "/message-systems",
            Json.createObjectBuilder()
                .add("key", "faulty")
                .add("type", "SMTP")
                .add("host", "127.0.0.1")
                .add("port", faulty.port())
                .add("tls", "NONE")
                .add("from", "sender@rohrpost.test")
                .build());
    assertThat(system.status()).as(system.body()).isEqualTo(201);
    String wrong = "wrong@" + client + ".example.org";
    String right = "right@" + client + ".example.org";
    RohrpostApi.Answer submitted =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "faulty")
                .add("subject", "To be corrected")
                .add("text", "Hello")
                .add(
                    "recipients",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("email", wrong)))
                .build());
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
    long batch = submitted.json().getJsonNumber("batch").longValue();
    api.awaitBatch(batch, "COMPLETED", DONE_WITHIN);
    JsonArray ledger = api.get("batches/" + batch + "/messages").structure().asJsonArray();
    long dead = ledger.getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(ledger.getJsonObject(0).getString("status")).isEqualTo("DEAD");
    signIn();

    browser.open(server + "admin/message.xhtml?id=" + dead);
    assertThat(browser.text("#status")).isEqualTo("DEAD");
    assertThat(texts("#history .code")).containsExactly("550");
    assertThat(browser.find("#correct\\:recipient").getDomProperty("value")).isEqualTo(wrong);
    assertThat(browser.find("#correct\\:subject").getDomProperty("value"))
        .isEqualTo("To be corrected");
    browser.screenshot("ops-message-dead");

    browser.type("#correct\\:recipient", "not an address");
    browser.click("#correct\\:submit");
    assertThat(browser.text("#messages")).contains("recipient");
    assertThat(browser.text("h1")).isEqualTo("Message " + dead);
    assertThat(api.get("messages?recipient=" + right).structure().asJsonArray())
        .as("nothing made of a refused correction")
        .isEmpty();

    browser.type("#correct\\:recipient", right);
    String name = "Łucja Wąż 📬 " + TextKeptIT.TEXTS.get("Hebrew");
    String subject = "Berichtigt: " + TextKeptIT.ALL;
    String text = "Hallo Łucja, " + TextKeptIT.ALL;
    browser.type("#correct\\:name", name);
    browser.type("#correct\\:subject", subject);
    browser.type("#correct\\:text", text);
    browser.click("#correct\\:submit");
    assertThat(browser.text("#done")).startsWith("Corrected and sent again as message ");
    long copy = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    JsonObject corrected = api.get("messages/" + copy).json();
    assertThat(corrected.getString("recipient")).isEqualTo(right);
    assertThat(corrected.getJsonNumber("resendOf").longValue()).isEqualTo(dead);
    api.awaitBatch(corrected.getJsonNumber("batch").longValue(), "COMPLETED", DONE_WITHIN);
    assertThat(faulty.deliveredTo(right)).hasSize(1);
    MimeMessage mail = faulty.deliveredTo(right).get(0).message();
    assertThat(mail.getSubject()).as("typed in the correction").isEqualTo(subject);
    assertThat(((InternetAddress) mail.getRecipients(RecipientType.TO)[0]).getPersonal())
        .isEqualTo(name);
    assertThat(mail.getContent()).isEqualTo(text);
    browser.open(server + "admin/message.xhtml?id=" + copy);
    assertThat(browser.text("#status")).isEqualTo("SENT");
    assertThat(browser.text("#original")).isEqualTo("message " + dead);
    browser.screenshot("ops-message-corrected");
  }

  @Test
  void theQueuesPageShowsTheClassesAndThisServerAndTheHistoryFindsAMessage() throws Exception {
    String domain = client + ".example.org";
    long batch = api.adhoc(client, "hist", 1, domain, "Hello");
    api.awaitBatch(batch, "COMPLETED", DONE_WITHIN);
    long message =
        api.get("batches/" + batch + "/messages")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    signIn();

    browser.click("#navQueues");
    assertThat(browser.text("h1")).isEqualTo("Queues and servers");
    assertThat(texts("#classes .status"))
        .containsExactly("NORMAL", "BULK", "TRICKLE", "PRINTER", "DEDICATED");
    assertThat(texts("#classes .workers"))
        .allSatisfy(w -> assertThat(Integer.parseInt(w)).isPositive());
    assertThat(browser.text("#clients")).contains(client);
    assertThat(browser.text("#servers"))
        .contains("it-server")
        .contains("this server")
        .contains("alive");
    browser.screenshot("ops-queues");

    browser.click("#navHistory");
    browser.type("#search\\:recipient", "not-an-address");
    browser.click("#search\\:find");
    assertThat(browser.text("#messages")).contains("recipient");

    browser.type("#search\\:recipient", "hist0@" + domain);
    new Select(browser.find("#search\\:client")).selectByVisibleText(client);
    browser.click("#search\\:find");
    assertThat(browser.url()).contains("recipient=hist0%40" + domain).contains("client=" + client);
    assertThat(texts("#results a.message")).containsExactly(Long.toString(message));
    assertThat(browser.text("#results")).contains(client).contains("SENT");
    browser.screenshot("ops-history");

    browser.click("#results a.message");
    assertThat(browser.text("h1")).isEqualTo("Message " + message);
  }

  private List<String> texts(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }
}
