package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * A message system changed over the API ({@code PUT}): the next mail goes out with the new
 * settings, the write-only password is kept unless the username goes, and what cannot change (key,
 * type) or is invalid is refused and changes nothing.
 */
@OnEveryDatabase
class MessageSystemChangeIT extends EndToEndTest {

  @Test
  void theNextMailGoesOutWithTheChangedSettings() throws Exception {
    RohrpostApi.Answer changed =
        api.put(
            systems("smtp"),
            smtp(smtp.getSmtp().getPort()).add("from", "changed@rohrpost.test").build());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getString("from")).isEqualTo("changed@rohrpost.test");

    long batch = api.adhoc(client, "changed", 1, "example.org", "Hello");
    api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(60));
    assertThat(receivedFor(batch)).hasSize(1);
    assertThat(((InternetAddress) receivedFor(batch).get(0).getFrom()[0]).getAddress())
        .isEqualTo("changed@rohrpost.test");
  }

  @Test
  void thePasswordIsKeptUnlessTheUsernameGoes() {
    RohrpostApi.Answer created =
        api.post(
            "clients/" + client + "/message-systems",
            smtp(2525)
                .add("key", "relay")
                .add("username", "mailer")
                .add("password", "secret-of-the-relay")
                .add("from", "a@rohrpost.test")
                .build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    JsonObject kept =
        api.put(
                systems("relay"),
                smtp(2526).add("username", "mailer").add("from", "a@rohrpost.test").build())
            .json();
    assertThat(kept.getInt("port")).isEqualTo(2526);
    assertThat(kept.getBoolean("hasPassword")).isTrue();
    assertThat(kept.toString()).doesNotContain("secret-of-the-relay");

    JsonObject dropped =
        api.put(systems("relay"), smtp(2526).add("from", "a@rohrpost.test").build()).json();
    assertThat(dropped.getBoolean("hasPassword")).as("a password needs a username").isFalse();
  }

  @Test
  void whatCannotChangeIsRefusedAndChangesNothing() {
    String before = api.get(systems("smtp")).body();

    RohrpostApi.Answer renamed =
        api.put(
            systems("smtp"),
            smtp(2525)
                .add("key", "other")
                .add("type", "PRINTER")
                .add("from", "x@rohrpost.test")
                .build());
    assertThat(renamed.status()).isEqualTo(422);
    assertThat(renamed.body()).contains("\"field\":\"key\"").contains("\"field\":\"type\"");

    RohrpostApi.Answer empty = api.put(systems("smtp"), Json.createObjectBuilder().build());
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.body()).contains("\"field\":\"host\"").contains("\"field\":\"from\"");

    assertThat(api.get(systems("smtp")).body()).isEqualTo(before);
    assertThat(api.put(systems("nope"), smtp(2525).add("from", "x@rohrpost.test").build()).status())
        .isEqualTo(404);

    RohrpostApi viewer =
        new RohrpostApi(URI.create(server.toString()), user("viewer", "VIEWER"), USER_PASSWORD);
    assertThat(
            viewer.put(systems("smtp"), smtp(2600).add("from", "x@rohrpost.test").build()).status())
        .isEqualTo(403);
    assertThat(api.get(systems("smtp")).body()).isEqualTo(before);
  }

  private String systems(String key) {
    return "clients/" + client + "/message-systems/" + key;
  }

  private static JsonObjectBuilder smtp(int port) {
    return Json.createObjectBuilder().add("host", "127.0.0.1").add("port", port).add("tls", "NONE");
  }
}
