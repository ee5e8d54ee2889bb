package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.rohrpost.OnEveryDatabase;

/**
 * Text typed into the pages in German, French, Polish, Greek, emoji and right-to-left scripts is
 * kept exactly: shown again as typed, stored as typed (as the API reads it back) and sent as typed
 * (as the mail decodes on arrival).
 */
@OnEveryDatabase
class TextKeptIT extends PageTest {
  /** One text of each script, by what it is. */
  static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("German", "Müller & Söhne – Größe €");
    TEXTS.put("French", "Ça coûte « très » cher, l’œuvre naïve");
    TEXTS.put("Polish", "Zażółć gęślą jaźń");
    TEXTS.put("Greek", "Γειά σου Κόσμε, Ζεύς");
    TEXTS.put("emoji", "📬 Post ✉️ für dich 👍🏽");
    TEXTS.put("Arabic", "مرحبا بالعالم");
    TEXTS.put("Hebrew", "שלום עולם");
  }

  /** Every text of {@link #TEXTS} in one line. */
  static final String ALL = String.join(" · ", TEXTS.values());

  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aClientsNameIsStoredAndShownAsTyped() throws Exception {
    signIn();
    browser.open(server + "admin/clients.xhtml");
    int n = 0;
    for (Map.Entry<String, String> text : TEXTS.entrySet()) {
      String key = "text-" + unique + "-" + n++;
      browser.type("#create\\:key", key);
      browser.type("#create\\:name", text.getValue());
      browser.click("#create\\:save");
      assertThat(browser.text("#done")).as(text.getKey()).isEqualTo("Client " + key + " created.");
      assertThat(api.get("clients/" + key).json().getString("name"))
          .as(text.getKey() + " as the API reads it")
          .isEqualTo(text.getValue());
      assertThat(browser.text("#clients")).as(text.getKey() + " listed").contains(text.getValue());
    }
    browser.open(server + "admin/client.xhtml?key=text-" + unique + "-0");
    assertThat(browser.text("#name")).isEqualTo(TEXTS.get("German"));
    browser.screenshot("text-kept-clients");
  }

  @Test
  void aSuppressionsReasonIsStoredAsTyped() throws Exception {
    signIn();
    browser.open(server + "admin/client.xhtml?key=" + client);
    List<String> reasons = new ArrayList<>(TEXTS.values());
    for (int n = 0; n < reasons.size(); n++) {
      browser.type("#suppress\\:email", "gone" + n + "@" + client + ".example.org");
      browser.type("#suppress\\:reason", reasons.get(n));
      browser.click("#suppress\\:save");
    }
    JsonArray stored = api.get("clients/" + client + "/suppressions").structure().asJsonArray();
    assertThat(stored.getValuesAs(JsonObject.class))
        .extracting(s -> s.getString("reason"))
        .containsExactlyInAnyOrderElementsOf(reasons);
    assertThat(browser.text("#suppressions")).contains(reasons);
  }

  @Test
  void aPasswordTypedOnThePagesIsThePasswordOfTheApiAndTheOtherWayRound() throws Exception {
    String password = "Pässwört " + TEXTS.get("Greek") + " 📬 " + TEXTS.get("Hebrew");
    signIn();
    browser.open(server + "admin/users.xhtml");
    String madeOnThePage = "page-" + unique;
    browser.type("#newUser\\:username", madeOnThePage);
    browser.type("#newUser\\:password", password);
    browser.find("#newUser\\:roles input[value='VIEWER']").click();
    browser.click("#newUser\\:create");
    assertThat(browser.text("#done")).isEqualTo("User '" + madeOnThePage + "' created.");
    RohrpostApi asPageUser =
        new RohrpostApi(URI.create(server.toString()), madeOnThePage, password);
    assertThat(asPageUser.get("clients").status())
        .as("the password typed on the page signs in to the API")
        .isEqualTo(200);

    String madeOverTheApi = "api-" + unique;
    RohrpostApi.Answer made =
        api.post(
            "users",
            Json.createObjectBuilder()
                .add("username", madeOverTheApi)
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add("VIEWER"))
                .build());
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    browser.click("#signOut\\:logout");
    signIn(madeOverTheApi, password);
  }

  @Test
  void theWizardKeepsTheMessageThroughEveryStepAndSendsItAsTyped() throws Exception {
    String subject = "Grüße, {{name}} – 10 € · " + ALL;
    String html = "<p>Liebe(r) {{name}}: " + ALL + "</p>";
    String text = "Hallo {{name}}! " + ALL;
    Map<String, String> names = new LinkedHashMap<>();
    names.put(email(1), "Zoë Müller-Lüdenscheidt");
    names.put(email(2), "Françoise Gaël Lœw");
    names.put(email(3), "Łucja Wąż-Żółć");
    names.put(email(4), "Ελένη Παπαδοπούλου");
    names.put(email(5), "Emoji 📬 Fan 👍🏽");
    names.put(email(6), "فاطمة الزهراء");
    names.put(email(7), "נועה כהן");
    StringBuilder csv = new StringBuilder("\uFEFFemail,name\n"); // a spreadsheet's UTF-8 BOM
    names.forEach((email, name) -> csv.append(email).append(',').append(name).append('\n'));

    signIn();
    browser.click("#scheduleLink");
    new Select(browser.find("#form\\:client")).selectByValue(client);
    browser.type("#form\\:key", "news");
    browser.type("#form\\:subject", subject);
    browser.type("#form\\:html", html);
    browser.type("#form\\:text", text);
    browser.find("#form\\:bypassApproval").click();
    browser.click("#form\\:preview");
    assertMessageFields(subject, html, text, "after Preview");
    browser.awaitText("#previewSubject", subject.replace("{{name}}", "Erika Mustermann"));
    browser.screenshot("text-kept-wizard-preview");
    browser.click("#form\\:next");

    assertThat(browser.text("#steps li.current")).isEqualTo("Population");
    Path file = Files.createTempFile(Path.of("target"), "recipients-", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    browser.find("#form\\:file").sendKeys(file.toAbsolutePath().toString());
    browser.click("#form\\:upload");
    assertThat(browser.text("#uploaded")).contains("members kept: 7, rows with a problem: 0");
    browser.click("#form\\:back");
    assertMessageFields(subject, html, text, "after Next and Back");
    browser.awaitText("#previewSubject", subject.replace("{{name}}", names.get(email(1))));
    browser.click("#form\\:next");
    browser.click("#form\\:next");
    new Select(browser.find("#form\\:messageSystem")).selectByValue("smtp");
    browser.click("#form\\:next");
    browser.click("#form\\:next");
    browser.click("#form\\:save");
    long batch = Long.parseLong(browser.url().replaceFirst(".*[?&]id=(\\d+).*", "$1"));

    JsonObject stored = api.get("clients/" + client + "/communications/news").json();
    assertThat(stored.getString("subject")).isEqualTo(subject);
    assertThat(stored.getString("html")).isEqualTo(html);
    assertThat(stored.getString("text")).isEqualTo(text);
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60)).getString("status"))
        .isEqualTo("COMPLETED");
    List<MimeMessage> received = receivedFor(batch);
    assertThat(received).hasSize(names.size());
    for (MimeMessage mail : received) {
      InternetAddress to = (InternetAddress) mail.getRecipients(RecipientType.TO)[0];
      String name = names.get(to.getAddress());
      assertThat(to.getPersonal()).isEqualTo(name);
      assertThat(mail.getSubject()).isEqualTo(subject.replace("{{name}}", name));
      assertThat(mail.getHeader("Subject")[0])
          .as("RFC 2047 encoded: the header itself is ASCII")
          .matches("\\p{ASCII}+");
      MimeMultipart parts = (MimeMultipart) mail.getContent();
      assertThat(parts.getBodyPart(0).getContent()).isEqualTo(text.replace("{{name}}", name));
      assertThat(parts.getBodyPart(1).getContent()).isEqualTo(html.replace("{{name}}", name));
    }
  }

  private void assertMessageFields(String subject, String html, String text, String when) {
    assertThat(browser.find("#form\\:subject").getDomProperty("value"))
        .as("subject " + when)
        .isEqualTo(subject);
    assertThat(browser.find("#form\\:html").getDomProperty("value"))
        .as("html " + when)
        .isEqualTo(html);
    assertThat(browser.find("#form\\:text").getDomProperty("value"))
        .as("text " + when)
        .isEqualTo(text);
  }
}
