package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * The clients page and a client's page in a real browser: creating a client, adding a message
 * system whose password is never shown again, keeping a suppression list; refusals said on the page
 * and changing nothing, as the API sees it.
 */
class AdminPagesIT extends PageTest {
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void anAdministratorCreatesAClientAndItsMessageSystem() throws Exception {
    signIn();
    browser.click("nav a[href*='clients.xhtml']");
    assertThat(browser.text("h1")).isEqualTo("Clients");

    String key = "page-" + unique;
    createClient("not a key!", "Refused " + unique);
    assertThat(browser.text("#messages")).contains("key: must be 1 to 64 letters");
    assertThat(browser.find("#create\\:name").getDomProperty("value"))
        .as("what was entered is kept")
        .isEqualTo("Refused " + unique);
    assertThat(api.get("clients").body()).doesNotContain("Refused " + unique);
    browser.screenshot("clients-refused");

    createClient(key, "Page client " + unique);
    assertThat(browser.text("#done")).isEqualTo("Client " + key + " created.");
    assertThat(browser.text("#clients")).contains(key).contains("Page client " + unique);
    assertThat(api.get("clients/" + key).json().getString("name"))
        .isEqualTo("Page client " + unique);
    browser.screenshot("clients");

    browser.click("#clients a[href*='key=" + key + "']");
    assertThat(browser.text("#name")).isEqualTo("Page client " + unique);
    String password = "pw-" + UUID.randomUUID();
    addMessageSystem("relay", "", password);
    assertThat(browser.text("#messages")).contains("port: must be 1 to 65535");
    assertThat(browser.find("#system\\:host").getDomProperty("value")).isEqualTo("127.0.0.1");
    assertThat(browser.driver().getPageSource()).doesNotContain(password);
    assertThat(api.get("clients/" + key + "/message-systems").structure().asJsonArray()).isEmpty();

    addMessageSystem("relay", "2525", password);
    assertThat(browser.text("#done")).isEqualTo("Message system relay added.");
    assertThat(browser.text("#systems")).contains("relay").contains("127.0.0.1:2525");
    assertThat(browser.text("#systems .password")).isEqualTo("set");
    assertThat(browser.driver().getPageSource()).doesNotContain(password);
    RohrpostApi.Answer system = api.get("clients/" + key + "/message-systems/relay");
    assertThat(system.json().getBoolean("hasPassword")).isTrue();
    assertThat(system.body()).doesNotContain(password);
    browser.screenshot("client");

    browser.click("#systems a[href*='change=relay']");
    assertThat(browser.text("#systemFormTitle")).isEqualTo("Change message system relay");
    assertThat(browser.find("#system\\:port").getDomProperty("value")).isEqualTo("2525");
    assertThat(browser.find("#system\\:password").getDomProperty("value")).isEmpty();
    assertThat(browser.find("#system\\:password").getDomAttribute("placeholder"))
        .isEqualTo("unchanged if left empty");
    browser.type("#system\\:port", "0");
    browser.click("#system\\:change");
    assertThat(browser.text("#messages")).contains("port: must be 1 to 65535");
    assertThat(api.get("clients/" + key + "/message-systems/relay").json().getInt("port"))
        .as("a refused change changes nothing")
        .isEqualTo(2525);
    browser.type("#system\\:port", "2526");
    browser.type("#system\\:from", "letters@example.org");
    browser.screenshot("client-change-message-system");
    browser.click("#system\\:change");
    assertThat(browser.text("#done")).isEqualTo("Message system relay changed.");
    assertThat(browser.text("#systems")).contains("127.0.0.1:2526").contains("letters@example.org");
    RohrpostApi.Answer changed = api.get("clients/" + key + "/message-systems/relay");
    assertThat(changed.json().getString("from")).isEqualTo("letters@example.org");
    assertThat(changed.json().getBoolean("hasPassword"))
        .as("left empty, the password is kept")
        .isTrue();
    assertThat(browser.text("#systemFormTitle")).isEqualTo("New message system");
  }

  @Test
  void anAdministratorKeepsTheSuppressionList() throws Exception {
    signIn();
    browser.open(server + "admin/client.xhtml?key=" + client);
    assertThat(browser.text("#systems")).contains("smtp");

    suppress("not-an-address", "asked");
    assertThat(browser.text("#messages")).contains("email:");
    assertThat(suppressionsInApi()).isEmpty();

    suppress("Gone." + unique + "@Example.org", "asked by phone");
    String stored = "Gone." + unique + "@example.org";
    assertThat(browser.text("#suppressions")).contains(stored).contains("asked by phone");
    assertThat(suppressionsInApi()).hasSize(1);
    assertThat(suppressionsInApi().getJsonObject(0).getString("email")).isEqualTo(stored);
    screenshotAt("#suppressions", "client-suppressions");

    browser.click("#suppressions input[value=Remove]");
    assertThat(browser.text("#done")).contains("is no longer suppressed.");
    assertThat(browser.text("#noSuppressions")).isEqualTo("No suppressed addresses.");
    assertThat(suppressionsInApi()).isEmpty();
  }

  @Test
  void aViewerSeesNoClientsAndNoForms() throws Exception {
    String viewer = user("viewer", "VIEWER");
    signIn(viewer, USER_PASSWORD);
    assertThat(browser.driver().findElements(By.cssSelector("nav a[href*='clients.xhtml']")))
        .isEmpty();

    browser.open(server + "admin/clients.xhtml");
    assertThat(browser.text("#messages")).contains("Only administrators manage clients.");
    assertThat(browser.driver().findElements(By.cssSelector("#clients, form#create"))).isEmpty();
    browser.open(server + "admin/client.xhtml?key=" + client);
    assertThat(browser.text("#messages")).contains("Only administrators manage clients.");
    assertThat(browser.driver().findElements(By.cssSelector("#systems, form#system"))).isEmpty();
  }

  private void createClient(String key, String name) {
    browser.type("#create\\:key", key);
    browser.type("#create\\:name", name);
    browser.click("#create\\:save");
  }

  private void addMessageSystem(String key, String port, String password) {
    browser.type("#system\\:key", key);
    browser.type("#system\\:host", "127.0.0.1");
    browser.type("#system\\:port", port);
    browser.type("#system\\:username", "mailer");
    browser.type("#system\\:password", password);
    browser.type("#system\\:from", "news@example.org");
    browser.click("#system\\:save");
  }

  private void suppress(String email, String reason) {
    browser.type("#suppress\\:email", email);
    browser.type("#suppress\\:reason", reason);
    browser.click("#suppress\\:save");
  }

  /** Scrolls to the element (by the wheel: the page runs no script of ours) and screenshots. */
  private void screenshotAt(String cssSelector, String name) throws Exception {
    new Actions(browser.driver()).scrollToElement(browser.find(cssSelector)).perform();
    browser.screenshot(name);
  }

  private JsonArray suppressionsInApi() {
    return api.get("clients/" + client + "/suppressions").structure().asJsonArray();
  }
}
