package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A page form posted with a view state the server does not know (its session timed out or the
 * server restarted, or it is forged) is no error: the same page comes again with a fresh form,
 * saying that the form had expired, and nothing of the post is done.
 */
class ExpiredFormsIT extends PageTest {
  private static final String EXPIRED = "The form had expired";

  @Test
  void theSignInFormComesAgainWhenItsSessionIsGoneAndStillGoesOnWhereItWasToGo() throws Exception {
    browser.open(server + "admin/queues.xhtml");
    assertThat(browser.url()).contains("/login.xhtml");
    browser.driver().manage().deleteAllCookies(); // the session ends while the form is open

    browser.fillInLogin("admin", RohrpostApi.ADMIN_PASSWORD);
    assertThat(browser.text("#messages")).contains(EXPIRED);
    assertThat(browser.url()).contains("/login.xhtml");
    assertThat(browser.find("#login\\:username").getDomProperty("value")).isEmpty();
    browser.screenshot("login-expired");

    browser.fillInLogin("admin", RohrpostApi.ADMIN_PASSWORD);
    assertThat(browser.text("h1")).isEqualTo("Queues and servers");
  }

  @Test
  void aForgedViewStateOnTheSignInPageIsAnsweredWithTheSignInPage() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String forged :
        List.of("forged", "", "1:2", "-1:-1", "1:2:3:4", "<script>", "x".repeat(4000))) {
      String form =
          Map.of(
                  "login", "login",
                  "login:username", "admin",
                  "login:password", RohrpostApi.ADMIN_PASSWORD,
                  "login:signIn", "Sign in",
                  "jakarta.faces.ViewState", forged)
              .entrySet()
              .stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(server + "login.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("view state '%.20s'", forged).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElseThrow())
          .as("view state '%.20s'", forged)
          .contains("/login.xhtml");
    }

    HttpResponse<String> nowhere =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "no-such-page.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=4711:0815"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(nowhere.statusCode()).as("a form of no page").isEqualTo(404);

    browser.open(server + "login.xhtml");
    forgeViewState();
    browser.fillInLogin("admin", RohrpostApi.ADMIN_PASSWORD);
    assertThat(browser.text("#messages")).contains(EXPIRED);
    assertThat(browser.driver().findElements(org.openqa.selenium.By.id("caller")))
        .as("not signed in by a forged form")
        .isEmpty();
    signIn();
  }

  @Test
  void aPageFormWithAForgedViewStateComesAgainFreshForTheSameThingAndChangesNothing()
      throws Exception {
    signIn();
    browser.open(server + "admin/client.xhtml?key=" + client);
    forgeViewState();
    String address = "forged@" + client + ".example.org";
    browser.type("#suppress\\:email", address);
    browser.click("#suppress\\:save");
    assertThat(browser.text("#messages")).contains(EXPIRED);
    assertThat(browser.text("h1")).as("the same client's page").isEqualTo("Client " + client);
    assertThat(browser.find("#suppress\\:email").getDomProperty("value")).isEmpty();
    assertThat(api.get("clients/" + client + "/suppressions").body()).isEqualTo("[]");
    browser.screenshot("client-form-expired");

    browser.type("#suppress\\:email", address);
    browser.click("#suppress\\:save");
    assertThat(browser.text("#suppressions")).contains(address);
  }

  @Test
  void theWizardStartsAgainWhenItsFormHasExpired() throws Exception {
    signIn();
    browser.click("#scheduleLink");
    new Select(browser.find("#form\\:client")).selectByValue(client);
    browser.click("#form\\:chooseClient");
    forgeViewState();
    browser.click("#form\\:next");
    assertThat(browser.text("#messages")).contains(EXPIRED);
    assertThat(browser.text("h1")).isEqualTo("Schedule a message");
    assertThat(browser.text("#steps li.current")).isEqualTo("Message");
    browser.screenshot("wizard-expired");

    new Select(browser.find("#form\\:client")).selectByValue(client);
    browser.click("#form\\:next");
    assertThat(browser.text("#messages")).as("the wizard works again").contains("subject");
  }

  /** Replaces the view state of every form of the page with one the server never issued. */
  private void forgeViewState() {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(i => i.value = '4711:0815');");
  }
}
