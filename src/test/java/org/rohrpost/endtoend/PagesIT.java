package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages in a real browser (headless Chromium): signing in and out, the batches page, a batch's
 * page with its controls.
 */
class PagesIT extends PageTest {
  @Test
  void aPageAsksForASignInAndShowsTheBatchesAfterIt() throws Exception {
    long batch = completedBatch();

    browser.open(server + "admin/batches.xhtml");
    assertThat(browser.url()).as("sent to the login page").contains("/login.xhtml");
    browser.type("#login\\:username", "admin");
    browser.type("#login\\:password", "not the password");
    browser.click("#login\\:signIn");
    assertThat(browser.text("#messages")).contains("Wrong user name or password.");
    assertThat(browser.url()).contains("/login.xhtml");
    browser.screenshot("login-refused");

    browser.type("#login\\:username", "admin");
    browser.type("#login\\:password", RohrpostApi.ADMIN_PASSWORD);
    browser.click("#login\\:signIn");
    assertThat(browser.text("h1")).isEqualTo("Batches");
    assertThat(browser.text("#caller")).isEqualTo("admin");
    assertThat(browser.text("#batches")).contains(Long.toString(batch)).contains(client);
    browser.screenshot("batches");

    browser.find("#filter\\:status").sendKeys("CANCELLED");
    browser.click("#filter\\:show");
    assertThat(browser.url()).contains("status=CANCELLED");
    assertThat(browser.driver().findElements(By.cssSelector("#batches .status")))
        .allSatisfy(status -> assertThat(status.getText()).isEqualTo("CANCELLED"));
    assertThat(browser.driver().getPageSource()).doesNotContain(">" + batch + "<");

    browser.click("#signOut\\:logout");
    assertThat(browser.url()).contains("/login.xhtml");
    browser.open(server + "admin/batches.xhtml");
    assertThat(browser.url()).as("signed out").contains("/login.xhtml");
  }

  @Test
  void aBatchPageShowsItsProgressAndOnlyTheControlsItsStatusAllows() throws Exception {
    long waiting = batch(Instant.now().plus(Duration.ofHours(1)));
    signIn();

    browser.open(server + "admin/batch.xhtml?id=" + waiting);
    assertThat(browser.text("#profiles")).isEqualTo("1");
    assertThat(browser.text("#sent")).isEqualTo("0");
    assertThat(buttons())
        .as("a sending batch is paused before it is cancelled")
        .containsExactly("Pause");
    browser.screenshot("batch-waiting");

    browser.click("#controls\\:pause");
    assertThat(browser.text("#status")).isEqualTo("PAUSED");
    assertThat(browser.text("#done")).isEqualTo("Paused.");
    assertThat(buttons()).containsExactly("Resume", "Cancel the batch");
    assertThat(api.get("batches/" + waiting).json().getString("status")).isEqualTo("PAUSED");
    browser.screenshot("batch-paused");

    browser.click("#controls\\:resume");
    assertThat(browser.text("#status")).isIn("WAITING", "SENDING");
    assertThat(buttons()).containsExactly("Pause");
    browser.click("#controls\\:pause");
    browser.click("#controls\\:cancel");
    assertThat(browser.text("#status")).isEqualTo("CANCELLED");
    assertThat(buttons()).isEmpty();
    assertThat(api.get("batches/" + waiting).json().getString("status")).isEqualTo("CANCELLED");

    browser.open(server + "admin/batch.xhtml?id=999999999");
    assertThat(browser.text("#messages")).contains("There is no batch 999999999.");
  }

  @Test
  void theApiTakesNoSessionOfThePagesAndThePagesSendSecurityHeaders() throws Exception {
    signIn();
    String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "api/v1/clients"))
                .header("Cookie", "JSESSIONID=" + session)
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).as("the API with the pages' session only").isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"rohrpost\"");

    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.body()).doesNotContain(RohrpostApi.ADMIN_PASSWORD);
    for (String path : List.of("", "index.html", "jakarta.faces.resource/style.css.xhtml")) {
      HttpResponse<String> other =
          http.send(
              HttpRequest.newBuilder(URI.create(server + path + "?ln=rohrpost")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(other.headers().firstValue("X-Content-Type-Options"))
          .as("/" + path + " " + other.statusCode())
          .hasValue("nosniff");
    }
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
        .as("the session cookie: never sent along by another site's requests, never to scripts")
        .startsWith("JSESSIONID=")
        .containsIgnoringCase("; SameSite=Lax")
        .containsIgnoringCase("; HttpOnly")
        .as("Secure only over HTTPS: this is HTTP")
        .doesNotContainIgnoringCase("Secure;")
        .doesNotEndWithIgnoringCase("Secure");
  }

  @Test
  void everyApiAnswerSaysNoSniffingAndNoStoring() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String basic =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + RohrpostApi.ADMIN_PASSWORD).getBytes());
    for (String path :
        List.of(
            "api/v1/clients", "api/v1/clients/no-such-client", "api/v1/unsubscribe/not-a-token")) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(server + path))
                  .header("Authorization", basic)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertNoSniffingAndNoStoring(path + " " + answer.statusCode(), answer);
    }
    HttpResponse<String> unauthorized =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "api/v1/clients")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertNoSniffingAndNoStoring("401", unauthorized);
  }

  private static void assertNoSniffingAndNoStoring(String what, HttpResponse<String> answer) {
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
  }

  private List<String> buttons() {
    return browser.driver().findElements(By.cssSelector("#controls input[type=submit]")).stream()
        .map(b -> b.getDomAttribute("value"))
        .toList();
  }

  /** A batch of one message, sent. */
  private long completedBatch() throws InterruptedException {
    long batch = batch(null);
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));
    return batch;
  }

  /** A batch of one message, not to be sent before {@code notBefore} (unless null). */
  private long batch(Instant notBefore) {
    JsonObjectBuilder recipient = Json.createObjectBuilder().add("email", "page@example.org");
    if (notBefore != null) {
      recipient.add("notBefore", notBefore.toString());
    }
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Seen on a page")
                .add("text", "Hello")
                .add("recipients", Json.createArrayBuilder().add(recipient))
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }
}
