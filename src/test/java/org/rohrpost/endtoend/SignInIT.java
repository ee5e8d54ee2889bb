package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Sign-in cannot be guessed (ADR 23): failed sign-ins are counted per user name and per address,
 * and past the limit refused without a look at the password, on the API (429 with {@code
 * Retry-After}) and on the login page; the others sign in meanwhile. The server under test allows
 * {@value #MAX_FAILURES} failures per user name and {@value #MAX_FAILURES_PER_ADDRESS} per address
 * within {@value #WINDOW_SECONDS} s (arquillian.xml).
 */
class SignInIT extends PageTest {
  static final int MAX_FAILURES = 3;
  static final int MAX_FAILURES_PER_ADDRESS = 50;
  static final int WINDOW_SECONDS = 8;
  private static final String PROBLEM = "application/problem+json";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void wrongPasswordsLockThatUserOutUntilTheWindowHasPassedAndNobodyElse() throws Exception {
    String name = user("locked", "VIEWER");
    String other = user("other", "VIEWER");
    assertUnauthorized(basic(name, "wrong-1"));
    assertUnauthorized(basic(name, "wrong-2"));
    assertThat(basic(name, USER_PASSWORD).statusCode()).isEqualTo(200);
    assertUnauthorized(basic(name, "wrong-3"));
    assertUnauthorized(basic(name, "wrong-4"));
    assertThat(basic(name, "wrong-5").statusCode())
        .as("a success began the count anew")
        .isEqualTo(401);

    long refusedAt = System.nanoTime();
    assertTooMany(basic(name, "wrong-6"));
    assertTooMany(basic(name, USER_PASSWORD));
    assertThat(basic(other, USER_PASSWORD).statusCode())
        .as("another user signs in meanwhile")
        .isEqualTo(200);
    assertThat(api.get("clients").status()).isEqualTo(200);

    awaitSignIn(() -> basic(name, USER_PASSWORD).statusCode());
    assertThat(Duration.ofNanos(System.nanoTime() - refusedAt))
        .as("refused until the window had passed since the last failure")
        .isGreaterThan(Duration.ofSeconds(WINDOW_SECONDS - 2));
  }

  @Test
  void anUnknownUserIsThrottledTooAndCostsWhatAKnownOneCosts() throws Exception {
    String known = user("known", "VIEWER");
    String unknown = "nobody-" + UUID.randomUUID();
    long knownTime = Long.MAX_VALUE;
    long unknownTime = Long.MAX_VALUE;
    for (int i = 1; i <= MAX_FAILURES; i++) {
      long start = System.nanoTime();
      assertUnauthorized(basic(unknown, "wrong-" + i));
      unknownTime = Math.min(unknownTime, System.nanoTime() - start);
      start = System.nanoTime();
      assertUnauthorized(basic(known, "wrong-" + i));
      knownTime = Math.min(knownTime, System.nanoTime() - start);
      assertThat(basic(known, USER_PASSWORD).statusCode()).isEqualTo(200);
    }
    assertTooMany(basic(unknown, "wrong"));
    assertThat(unknownTime)
        .as(
            "an unknown user's answer (%d ms) takes about as long as a known one's (%d ms)",
            unknownTime / 1_000_000, knownTime / 1_000_000)
        .isGreaterThan(knownTime / 2);
  }

  @Test
  void wrongApiKeysLockTheirAddressOutAndNoOtherAddress() throws Exception {
    String app = "app-" + client;
    RohrpostApi.Answer issued =
        api.post(
            "clients/" + client + "/api-keys",
            Json.createObjectBuilder()
                .add("name", app)
                .add("roles", Json.createArrayBuilder().add("VIEWER"))
                .build());
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String key = issued.json().getString("key");
    URI clients = URI.create(server + "api/v1/clients");
    String admin = basicHeader("admin", RohrpostApi.ADMIN_PASSWORD);

    for (int i = 1; i <= MAX_FAILURES_PER_ADDRESS; i++) {
      assertThat(OtherAddress.get(clients, "Bearer rp_wrong" + i).status())
          .as("wrong key " + i)
          .isEqualTo(401);
    }
    OtherAddress.Reply refused = OtherAddress.get(clients, "Bearer rp_wrong");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Integer.parseInt(refused.headers().get("retry-after"))).isBetween(1, WINDOW_SECONDS);
    assertThat(OtherAddress.get(clients, "Bearer " + key).status()).isEqualTo(429);
    assertThat(OtherAddress.get(clients, admin).status())
        .as("no sign-in at all from that address")
        .isEqualTo(429);
    assertThat(RohrpostApi.withApiKey(URI.create(server.toString()), key).get("clients").status())
        .as("the key from another address")
        .isEqualTo(200);
    assertThat(api.get("clients").status()).isEqualTo(200);

    awaitSignIn(() -> OtherAddress.get(clients, "Bearer " + key).status());
  }

  @Test
  void theLoginPageSaysWhenSignInIsRefused() throws Exception {
    String name = user("page", "VIEWER");
    for (int i = 1; i <= MAX_FAILURES; i++) {
      browser.signIn(server.toString(), name, "wrong-" + i);
      assertThat(browser.text("#messages")).isEqualTo("Wrong user name or password.");
    }
    browser.signIn(server.toString(), name, "wrong");
    assertThat(browser.text("#messages")).startsWith("Too many failed sign-ins");
    browser.signIn(server.toString(), name, USER_PASSWORD);
    assertThat(browser.text("#messages")).startsWith("Too many failed sign-ins");
    browser.screenshot("sign-in-refused");
    assertThat(basic(name, USER_PASSWORD).statusCode()).as("nor over the API").isEqualTo(429);

    awaitSignIn(() -> basic(name, USER_PASSWORD).statusCode());
    signIn(name, USER_PASSWORD);
  }

  @Test
  void unauthorizedAndForbiddenAreProblemBodies() throws Exception {
    HttpResponse<String> none =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "api/v1/clients")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertUnauthorized(none);
    assertUnauthorized(basic("admin", "wrong"));
    String viewer = user("viewer", "VIEWER");
    RohrpostApi.Answer forbidden = as(viewer).post("clients", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.contentType()).startsWith(PROBLEM);
    assertThat(forbidden.json().getInt("status")).isEqualTo(403);
  }

  @Test
  void passwordsAreHashedAtOwaspStrengthAndOldHashesAreRaisedOnSignIn() throws Exception {
    String name = user("hashed", "VIEWER");
    assertThat(storedHash(name)).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(basic(name, USER_PASSWORD).statusCode()).isEqualTo(200);

    storeHash(name, hashAsBefore(USER_PASSWORD));
    assertThat(basic(name, "wrong").statusCode()).isEqualTo(401);
    assertThat(storedHash(name)).startsWith("PBKDF2WithHmacSHA256:2048:");
    assertThat(basic(name, USER_PASSWORD).statusCode()).as("the old hash verifies").isEqualTo(200);
    assertThat(storedHash(name)).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(basic(name, USER_PASSWORD).statusCode()).isEqualTo(200);
  }

  private void assertUnauthorized(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"rohrpost\"");
    assertProblem(answer, 401);
  }

  private void assertTooMany(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
    assertThat(answer.headers().firstValue("Retry-After").map(Integer::parseInt))
        .hasValueSatisfying(s -> assertThat(s).isBetween(1, WINDOW_SECONDS));
    assertProblem(answer, 429);
  }

  private static void assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
    JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
  }

  /** Tries every half second until the sign-in is let through (200). */
  private static void awaitSignIn(Callable<Integer> signIn) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(WINDOW_SECONDS + 20).toNanos();
    int status = signIn.call();
    while (status == 429 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      status = signIn.call();
    }
    assertThat(status).as("signed in once the window had passed").isEqualTo(200);
  }

  private HttpResponse<String> basic(String user, String password)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server + "api/v1/clients"))
            .header("Authorization", basicHeader(user, password))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basicHeader(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String storedHash(String user) throws Exception {
    try (Connection db = ItDatabase.open();
        PreparedStatement select =
            db.prepareStatement("select password_hash from app_user where username = ?")) {
      select.setString(1, user);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  private static void storeHash(String user, String hash) throws Exception {
    try (Connection db = ItDatabase.open();
        PreparedStatement update =
            db.prepareStatement("update app_user set password_hash = ? where username = ?")) {
      update.setString(1, hash);
      update.setString(2, user);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** A hash as Rohrpost made them before ADR 23: Jakarta Security's defaults, 2048 iterations. */
  private static String hashAsBefore(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 256))
            .getEncoded();
    Base64.Encoder base64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:2048:"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(hash);
  }
}
