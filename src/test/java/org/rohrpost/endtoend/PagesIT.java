package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The pages in a real browser (headless Chromium): signing in and out, the batches page. */
class PagesIT extends EndToEndTest {
  private Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

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
  void theApiTakesNoSessionOfThePagesAndThePagesSendSecurityHeaders() throws Exception {
    browser.open(server + "login.xhtml");
    browser.type("#login\\:username", "admin");
    browser.type("#login\\:password", RohrpostApi.ADMIN_PASSWORD);
    browser.click("#login\\:signIn");
    assertThat(browser.text("h1")).isEqualTo("Batches");
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
  }

  /** A batch of one message, sent. */
  private long completedBatch() throws InterruptedException {
    RohrpostApi.Answer answer =
        api.post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Seen on a page")
                .add("text", "Hello")
                .add(
                    "recipients",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("email", "page@example.org")))
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    long batch = answer.json().getJsonNumber("batch").longValue();
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30));
    return batch;
  }
}
