package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Populations uploaded as JSON and as CSV: what is kept, what is reported, what is refused. */
class PopulationsIT extends EndToEndTest {
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

  private String populations() {
    return "clients/" + client + "/populations";
  }
}
