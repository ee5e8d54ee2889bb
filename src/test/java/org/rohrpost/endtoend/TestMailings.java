package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Populations and communications made through the API for end-to-end tests. */
final class TestMailings {
  static final String APPROVER = "approver@rohrpost.test";

  private TestMailings() {}

  static String email(int n) {
    return "member" + n + "@example.org";
  }

  /** A population of {@code size} members; every hundredth has an invalid address. */
  static void population(RohrpostApi api, String client, String key, int size) {
    var recipients = Json.createArrayBuilder();
    for (int n = 1; n <= size; n++) {
      recipients.add(
          Json.createObjectBuilder()
              .add("email", n % 100 == 0 ? "member" + n + "@" : email(n))
              .add("name", "Member <" + n + ">")
              .add("data", Json.createObjectBuilder().add("code", "<b>" + n + "</b>")));
    }
    RohrpostApi.Answer answer =
        api.put(
            "clients/" + client + "/populations/" + key,
            Json.createObjectBuilder().add("recipients", recipients).build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  static void communication(
      RohrpostApi api, String client, String key, String population, boolean bypassApproval) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("key", key)
            .add("messageSystem", "smtp")
            .add("population", population)
            .add("subject", "News for {{name}}")
            .add("html", "<p>Dear {{name}}, code {{data.code}}</p>")
            .add("text", "Dear {{name}}, code {{data.code}}")
            .add("bypassApproval", bypassApproval);
    if (!bypassApproval) {
      body.add("approvers", Json.createArrayBuilder().add(APPROVER));
    }
    RohrpostApi.Answer answer = api.post("clients/" + client + "/communications", body.build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
  }
}
