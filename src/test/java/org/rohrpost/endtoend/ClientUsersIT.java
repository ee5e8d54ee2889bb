package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Users bound to a client, made on the users page: such a user sees that client only, in the pages
 * and in the API (another client's things are not there: 404, not 403).
 */
class ClientUsersIT extends PageTest {
  @Test
  void aUserOfOneClientCannotOpenAnotherClientsBatch() throws Exception {
    String other = api.newClientWithSmtp("other", smtp.getSmtp().getPort());
    long ours = api.adhoc(client, "ours", 1, "example.org", "Ours");
    long theirs = api.adhoc(other, "theirs", 1, "example.org", "Theirs");
    String name = "a-" + client;

    signIn();
    browser.click("a[href*='/admin/users.xhtml']");
    newUser(name, "too short", "OPERATOR", client);
    assertThat(browser.text("#messages")).contains("password: must be 12 to 200 characters");
    assertThat(usernames()).doesNotContain(name);
    newUser(name, USER_PASSWORD, "OPERATOR", client);
    assertThat(browser.text("#done")).isEqualTo("User '" + name + "' created.");
    assertThat(browser.text("#users")).contains(name);
    browser.screenshot("users");
    JsonObject made = madeUser(name);
    assertThat(made.getString("client")).isEqualTo(client);
    assertThat(made.toString()).doesNotContain(USER_PASSWORD);
    browser.click("#signOut\\:logout");

    signIn(name, USER_PASSWORD);
    assertThat(browser.text("#batches")).contains(client).doesNotContain(other);
    assertThat(browser.driver().findElements(By.cssSelector("a[href*='/admin/users.xhtml']")))
        .as("an operator manages no users")
        .isEmpty();
    browser.open(server + "admin/batch.xhtml?id=" + theirs);
    assertThat(browser.text("#messages")).contains("There is no batch " + theirs + ".");
    assertThat(browser.driver().findElements(By.id("status"))).isEmpty();
    browser.screenshot("batch-of-another-client");
    browser.open(server + "admin/approval.xhtml?id=" + theirs);
    assertThat(browser.text("#messages")).contains("There is no batch " + theirs + ".");
    browser.open(server + "admin/batch.xhtml?id=" + ours);
    assertThat(browser.text("#client")).isEqualTo(client);

    RohrpostApi asUser = as(name);
    assertThat(asUser.get("batches/" + theirs).status()).isEqualTo(404);
    assertThat(asUser.get("batches/" + ours).status()).isEqualTo(200);
    assertThat(asUser.get("clients/" + other + "/batches").status()).isEqualTo(404);
    assertThat(keys(asUser.get("clients").structure().asJsonArray())).containsExactly(client);
  }

  @Test
  void anAdministratorOfOneClientMakesUsersOfThatClientOnly() {
    String other = api.newClientWithSmtp("other", smtp.getSmtp().getPort());
    String admin = user("admin", "ADMIN", client);
    RohrpostApi asAdmin = as(admin);

    RohrpostApi.Answer elsewhere =
        asAdmin.post(
            "users",
            Json.createObjectBuilder()
                .add("username", "b-" + client)
                .add("password", USER_PASSWORD)
                .add("roles", Json.createArrayBuilder().add("VIEWER"))
                .add("client", other)
                .build());
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(404);
    assertThat(asAdmin.post("clients", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(403);
    assertThat(
            asAdmin.get("users").structure().asJsonArray().stream()
                .map(u -> u.asJsonObject().getString("username"))
                .toList())
        .as("the users of its own client only")
        .containsExactly(admin);
  }

  @Test
  void anApplicationOfOneClientCallsTheApiWithItsKey() {
    String other = api.newClientWithSmtp("other", smtp.getSmtp().getPort());
    long ours = api.adhoc(client, "ours", 1, "example.org", "Ours");
    long theirs = api.adhoc(other, "theirs", 1, "example.org", "Theirs");
    String name = "app-" + client;

    JsonObject issued = issueKey(name, "OPERATOR");
    String key = issued.getString("key");
    assertThat(key).startsWith("rp_").hasSizeGreaterThan(40);
    assertThat(issued.getString("client")).isEqualTo(client);
    JsonObject listed = madeUser(name);
    assertThat(listed.getBoolean("application")).isTrue();
    assertThat(api.get("users").body()).doesNotContain(key);

    URI base = URI.create(server.toString());
    RohrpostApi app = RohrpostApi.withApiKey(base, key);
    assertThat(app.get("batches/" + ours).status()).isEqualTo(200);
    assertThat(app.get("batches/" + theirs).status()).isEqualTo(404);
    assertThat(keys(app.get("clients").structure().asJsonArray())).containsExactly(client);
    assertThat(RohrpostApi.withApiKey(base, key + "x").get("batches/" + ours).status())
        .isEqualTo(401);
    assertThat(new RohrpostApi(base, name, key).get("batches/" + ours).status())
        .as("the key is no password")
        .isEqualTo(401);
    RohrpostApi.Answer badName =
        api.post(
            "clients/" + client + "/api-keys",
            Json.createObjectBuilder().add("name", "no spaces").build());
    assertThat(badName.status()).isEqualTo(422);
    assertThat(badName.body()).contains("name").contains("roles");

    assertThat(api.delete("users/" + name).status()).isEqualTo(204);
    assertThat(app.get("batches/" + ours).status()).as("revoked").isEqualTo(401);
  }

  @Test
  void anAdministratorOfOneClientCannotActOnServersOrReadTheDemoMailbox() {
    String name = "admin-app-" + client;
    RohrpostApi bound =
        RohrpostApi.withApiKey(
            URI.create(server.toString()), issueKey(name, "ADMIN").getString("key"));
    JsonObject toIt = Json.createObjectBuilder().add("to", "it-server").build();

    RohrpostApi.Answer moved = bound.post("servers/gone-" + client + "/move", toIt);
    assertThat(moved.status()).as(moved.body()).isEqualTo(403);
    assertThat(moved.contentType()).startsWith("application/problem+json");
    assertThat(bound.get("demo/mailbox").status()).isEqualTo(403);

    assertThat(api.post("servers/gone-" + client + "/move", toIt).status())
        .as("a global administrator is told the server is unknown")
        .isEqualTo(404);
    assertThat(api.delete("users/" + name).status()).isEqualTo(204);
  }

  /** An API key of this test's client for an application {@code name} with {@code role}. */
  private JsonObject issueKey(String name, String role) {
    RohrpostApi.Answer issued =
        api.post(
            "clients/" + client + "/api-keys",
            Json.createObjectBuilder()
                .add("name", name)
                .add("roles", Json.createArrayBuilder().add(role))
                .build());
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.json();
  }

  private void newUser(String name, String password, String role, String boundTo) {
    browser.type("#newUser\\:username", name);
    browser.type("#newUser\\:password", password);
    WebElement box = browser.find("#newUser\\:roles input[value='" + role + "']");
    if (!box.isSelected()) {
      box.click();
    }
    new Select(browser.find("#newUser\\:client")).selectByVisibleText("only client " + boundTo);
    browser.click("#newUser\\:create");
  }

  private List<String> usernames() {
    return browser.driver().findElements(By.cssSelector("#users .username")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private JsonObject madeUser(String name) {
    return api.get("users").structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(u -> u.getString("username").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> keys(JsonArray clients) {
    return clients.stream().map(c -> c.asJsonObject().getString("key")).toList();
  }
}
