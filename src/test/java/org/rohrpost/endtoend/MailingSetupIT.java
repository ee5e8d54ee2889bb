package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * Setting up a mailing: populations uploaded as JSON and as CSV (what is kept, what is reported,
 * what is refused) and communications over them.
 */
@OnEveryDatabase
class MailingSetupIT extends EndToEndTest {
  @Test
  void aJsonUploadKeepsInvalidAddressesAndReportsThem() {
    JsonObject body =
        Json.createObjectBuilder()
            .add(
                "recipients",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("email", "ada@example.org")
                            .add("name", "Ada")
                            .add("data", Json.createObjectBuilder().add("code", 7)))
                    .add(Json.createObjectBuilder().add("email", "broken"))
                    .add(Json.createObjectBuilder().add("email", "ADA@example.org")))
            .build();

    RohrpostApi.Answer answer = api.put(populations() + "/members", body);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject result = answer.json();
    assertThat(result.getString("key")).isEqualTo("members");
    assertThat(result.getInt("size")).isEqualTo(2);
    assertThat(result.getInt("invalid")).isEqualTo(2);
    assertThat(result.getJsonArray("invalidRows").getJsonObject(0).getInt("row")).isEqualTo(2);
    assertThat(result.getJsonArray("invalidRows").getJsonObject(1).getString("message"))
        .contains("repeats row 1");
    assertThat(api.get(populations() + "/members").json().getInt("size")).isEqualTo(2);
  }

  @Test
  void aCsvUploadReplacesTheMembers() {
    api.put(populations() + "/csv", "text/csv", "email\nold@example.org\n");

    RohrpostApi.Answer answer =
        api.put(
            populations() + "/csv",
            "text/csv",
            "Email,Name,City\na@example.org,A,Bern\nb@example.org,B,Basel\nc@example.org,C,Chur\n");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().getInt("size")).isEqualTo(3);
    assertThat(answer.json().getInt("invalid")).isZero();
    assertThat(api.get(populations()).structure().asJsonArray()).hasSize(1);
  }

  @Test
  void uploadsThatCannotBeReadAreRefusedAndChangeNothing() {
    assertThat(api.put(populations() + "/p", "text/csv", "name\nAda\n").status()).isEqualTo(422);
    assertThat(api.put(populations() + "/p", Json.createObjectBuilder().build()).status())
        .isEqualTo(422);
    assertThat(api.put(populations() + "/bad%20key!", "text/csv", "email\na@b.org\n").status())
        .isEqualTo(422);
    assertThat(
            api.put("clients/nobody-" + client + "/populations/p", "text/csv", "email\n").status())
        .isEqualTo(404);
    assertThat(api.get(populations()).structure().asJsonArray()).isEmpty();
    assertThat(api.get(populations() + "/p").status()).isEqualTo(404);
  }

  @Test
  void aCommunicationNeedsItsPartsAndACompilingTemplate() {
    api.put(populations() + "/members", "text/csv", "email,name\nada@example.org,Ada\n");
    String communications = "clients/" + client + "/communications";

    RohrpostApi.Answer created = api.post(communications, communication("news").build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("queueClass")).isEqualTo("NORMAL");
    assertThat(created.json().getJsonArray("approvers").getString(0)).isEqualTo("boss@example.org");

    assertThat(api.post(communications, communication("news").build()).status()).isEqualTo(409);
    RohrpostApi.Answer broken =
        api.post(communications, communication("broken").add("html", "<p>{{#open}}</p>").build());
    assertThat(broken.status()).isEqualTo(422);
    assertThat(broken.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("does not compile");
    assertThat(
            api.post(
                    communications,
                    communication("nobody").add("approvers", Json.createArrayBuilder()).build())
                .status())
        .isEqualTo(422);
    assertThat(
            api.post(communications, communication("lost").add("population", "nope").build())
                .status())
        .isEqualTo(422);
    assertThat(api.get(communications).structure().asJsonArray()).hasSize(1);
    assertThat(api.get(communications + "/news").json().getString("population"))
        .isEqualTo("members");
  }

  @Test
  void aCommunicationIsChangedWholeAndDeletedOnlyWithoutBatches() {
    api.put(populations() + "/members", "text/csv", "email,name\nada@example.org,Ada\n");
    String communications = "clients/" + client + "/communications";
    api.post(communications, communication("news").build());
    api.post(communications, communication("kept").add("bypassApproval", true).build());

    RohrpostApi.Answer changed =
        api.put(
            communications + "/news", communication("news").add("subject", "Hi {{name}}").build());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(api.get(communications + "/news").json().getString("subject"))
        .isEqualTo("Hi {{name}}");

    RohrpostApi.Answer broken =
        api.put(
            communications + "/news", communication("renamed").add("subject", "{{#x}}").build());
    assertThat(broken.status()).isEqualTo(422);
    assertThat(broken.body()).contains("key").contains("subject");
    assertThat(api.get(communications + "/news").json().getString("subject"))
        .isEqualTo("Hi {{name}}");
    assertThat(api.put(communications + "/none", communication("none").build()).status())
        .isEqualTo(404);

    assertThat(
            api.post(communications + "/kept/batches", Json.createObjectBuilder().build()).status())
        .isEqualTo(201);
    RohrpostApi.Answer inUse = api.delete(communications + "/kept");
    assertThat(inUse.status()).isEqualTo(409);
    assertThat(inUse.body()).contains("1 batches");
    assertThat(api.delete(communications + "/news").status()).isEqualTo(204);
    assertThat(api.get(communications + "/news").status()).isEqualTo(404);
    assertThat(api.get(communications).structure().asJsonArray()).hasSize(1);
  }

  private static JsonObjectBuilder communication(String key) {
    return Json.createObjectBuilder()
        .add("key", key)
        .add("messageSystem", "smtp")
        .add("population", "members")
        .add("subject", "News for {{name}}")
        .add("html", "<p>Hello {{name}}</p>")
        .add("bypassApproval", false)
        .add("approvers", Json.createArrayBuilder().add("boss@example.org"));
  }

  private String populations() {
    return "clients/" + client + "/populations";
  }
}
