package org.rohrpost.endtoend;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;

/**
 * No request exhausts the server (issue 17): a body over its limit is refused while it streams,
 * however it is sent (here chunked, which declares no length), with 413 and a problem; nothing of
 * it is stored, and the server answers as before.
 */
class BodyLimitIT extends EndToEndTest {
  private static final long MIB = 1024 * 1024;

  @Test
  void aChunkedJsonBodyOverTheLimitIs413AndChangesNothing() {
    BodyPublisher adhoc =
        chunked(
            "{\"messageSystem\":\"smtp\",\"subject\":\"Hi\",\"text\":\"Hi\",\"recipients\":[",
            "{\"email\":\"someone@example.org\"},",
            20 * MIB,
            "{\"email\":\"last@example.org\"}]}");

    assertTooLarge(api.send("POST", "clients/" + client + "/adhoc", "application/json", adhoc));

    assertThat(api.get("clients/" + client + "/batches").structure().asJsonArray()).isEmpty();
    assertServerFine();
  }

  @Test
  void aChunkedCsvOverTheLimitIs413AndKeepsThePopulationAsItWas() {
    String population = "clients/" + client + "/populations/kept";
    assertThat(api.put(population, "text/csv", "email\na@example.org\nb@example.org\n").status())
        .isEqualTo(200);
    // rows repeating one address: nothing to hold but the reading itself
    BodyPublisher csv =
        chunked("email,name\n", "c@example.org," + "n".repeat(1000) + "\n", 257 * MIB, "");

    assertTooLarge(api.send("PUT", population, "text/csv", csv));

    JsonObject kept = api.get(population).json();
    assertThat(kept.getInt("size")).isEqualTo(2);
    assertServerFine();
  }

  @Test
  void jsonNestedTooDeeplyIsRefusedNamingTheBody() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String adhoc =
        "{\"messageSystem\":\"smtp\",\"subject\":\"Hi\",\"text\":\"Hi\","
            + "\"recipients\":[{\"email\":\"a@example.org\",\"data\":{\"x\":"
            + deep
            + "}}]}";

    RohrpostApi.Answer answer = api.post("clients/" + client + "/adhoc", "application/json", adhoc);

    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("body");
    assertServerFine();
  }

  @Test
  void aChunkedUploadOverThePagesLimitIs413() throws Exception {
    BodyPublisher upload =
        chunked(
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nemail\r\n",
            "someone@example.org\r\n",
            40 * MIB,
            "--b--\r\n");
    assertTooLarge(
        pagePost("login.xhtml", upload, "Content-Type", "multipart/form-data; boundary=b"));
    assertServerFine();
  }

  @Test
  void aPageFormOverItsLimitIs413() throws Exception {
    BodyPublisher form = HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(3 * (int) MIB));

    assertTooLarge(
        pagePost("login.xhtml", form, "Content-Type", "application/x-www-form-urlencoded"));
    assertServerFine();
  }

  @Test
  void aChunkedLivePreviewOverItsLimitIs413() throws Exception {
    String session;
    try (Browser browser = new Browser()) {
      browser.signIn(server.toString(), "admin", RohrpostApi.ADMIN_PASSWORD);
      session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }
    BodyPublisher preview =
        chunked(
            "{\"subject\":\"Hi\",\"text\":\"Hi\",\"recipient\":{\"email\":\"a@example.org\"},"
                + "\"html\":\"",
            "<p>Hello</p>",
            3 * MIB,
            "\"}");
    assertTooLarge(
        pagePost(
            "schedule/live-preview",
            preview,
            "Content-Type",
            "application/json",
            "Cookie",
            "JSESSIONID=" + session));
  }

  /** A post to the pages (outside the API) over HTTP/1.1, with headers as name, value, …. */
  private RohrpostApi.Answer pagePost(String path, BodyPublisher body, String... headers)
      throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.toString()).resolve(path))
                    .version(HttpClient.Version.HTTP_1_1)
                    .timeout(Duration.ofSeconds(60))
                    .headers(headers)
                    .POST(body)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new RohrpostApi.Answer(
        answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
  }

  private static void assertTooLarge(RohrpostApi.Answer answer) {
    String body = answer.body();
    assertThat(answer.status()).as(body.substring(0, Math.min(500, body.length()))).isEqualTo(413);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getInt("status")).isEqualTo(413);
    assertThat(problem.getString("detail")).isNotBlank();
  }

  /** The server still answers, and takes what is within the limits. */
  private void assertServerFine() {
    assertThat(api.get("/health/ready").status()).isEqualTo(200);
    assertThat(
            api.post(
                    "clients/" + client + "/adhoc",
                    Json.createObjectBuilder()
                        .add("messageSystem", "smtp")
                        .add("subject", "Still here")
                        .add("text", "Still here")
                        .add(
                            "recipients",
                            Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("email", "a@example.org")))
                        .build())
                .status())
        .isEqualTo(202);
  }

  /**
   * {@code head}, then {@code unit} repeated until more than {@code bytes} are sent, then {@code
   * tail}: made as it is sent, and sent chunked.
   */
  private static BodyPublisher chunked(String head, String unit, long bytes, String tail) {
    byte[] repeated = unit.getBytes(UTF_8);
    long units = bytes / repeated.length + 1;
    return HttpRequest.BodyPublishers.ofInputStream(
        () ->
            new SequenceInputStream(
                new Enumeration<InputStream>() {
                  private long sent = -1;

                  @Override
                  public boolean hasMoreElements() {
                    return sent <= units;
                  }

                  @Override
                  public InputStream nextElement() {
                    sent++;
                    String part = sent == 0 ? head : sent > units ? tail : null;
                    return new ByteArrayInputStream(part == null ? repeated : part.getBytes(UTF_8));
                  }
                }));
  }
}
