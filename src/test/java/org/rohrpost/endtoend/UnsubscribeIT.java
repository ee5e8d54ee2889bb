package org.rohrpost.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;

/**
 * One-click unsubscribe (RFC 8058) end to end: bulk mail carries the links, a POST to the link
 * suppresses its address without credentials, a GET only shows a page, and forged links do nothing.
 */
@OnEveryDatabase
class UnsubscribeIT extends EndToEndTest {
  private static final Pattern LINKS =
      Pattern.compile(
          "<(https?://[^>]*?/(api/v1/unsubscribe/([A-Za-z0-9_-]+)))>,"
              + " <mailto:sender@rohrpost\\.test\\?subject=unsubscribe%20\\3>");
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final HttpClient anonymous = HttpClient.newHttpClient();

  @Test
  void aPostToTheBulkLinkSuppressesTheAddressForTheNextBatch() throws Exception {
    String ada = "ada@" + client + ".example.org";
    MimeMessage mail = sendAndReceive("BULK", ada).get(0);

    assertThat(mail.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    Matcher links = LINKS.matcher(mail.getHeader("List-Unsubscribe", null));
    assertThat(links.matches()).as(mail.getHeader("List-Unsubscribe", null)).isTrue();
    String path = links.group(2);

    HttpResponse<String> first = oneClick(path);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(suppressed()).containsExactly(ada);
    assertThat(oneClick(path).statusCode()).as("a second click").isEqualTo(200);
    assertThat(suppressed()).containsExactly(ada);

    String bob = "bob@" + client + ".example.org";
    long next = submit("BULK", ada, bob);
    JsonObject counts =
        api.awaitBatch(next, "COMPLETED", Duration.ofSeconds(30)).getJsonObject("counts");
    assertThat(counts.getInt("skipped")).isEqualTo(1);
    assertThat(counts.getInt("sent")).isEqualTo(1);
    assertThat(receivedFor(next)).hasSize(1);
  }

  @Test
  void mailOnTheNormalClassHasNoUnsubscribeHeaders() throws Exception {
    MimeMessage mail = sendAndReceive("NORMAL", "ada@" + client + ".example.org").get(0);
    assertThat(mail.getHeader("List-Unsubscribe")).isNull();
    assertThat(mail.getHeader("List-Unsubscribe-Post")).isNull();
  }

  @Test
  void tamperedLinksAreRefusedAndChangeNothing() throws Exception {
    String path = linkPath(sendAndReceive("BULK", "ada@" + client + ".example.org").get(0));
    String token = path.substring(path.lastIndexOf('/') + 1);
    Random random = new Random(42);
    for (int i = 0; i < 100; i++) {
      int at = random.nextInt(token.length());
      char other;
      do {
        other = BASE64URL.charAt(random.nextInt(BASE64URL.length()));
      } while (other == token.charAt(at));
      String forged = token.substring(0, at) + other + token.substring(at + 1);
      HttpResponse<String> refused = oneClick("api/v1/unsubscribe/" + forged);
      assertThat(refused.statusCode()).as(forged).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    HttpResponse<String> page = open("api/v1/unsubscribe/x" + token);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("not valid").doesNotContain("<form");
    assertThat(suppressed()).isEmpty();
  }

  @Test
  void openingTheLinkShowsAPageAndUnsubscribesNobody() throws Exception {
    String ada = "ada@" + client + ".example.org";
    String path = linkPath(sendAndReceive("BULK", ada).get(0));

    HttpResponse<String> page = open(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains(ada).contains("<form method=\"post\">");
    assertThat(suppressed()).isEmpty();
  }

  private List<MimeMessage> sendAndReceive(String queueClass, String to) throws Exception {
    long batch = submit(queueClass, to);
    assertThat(api.awaitBatch(batch, "COMPLETED", Duration.ofSeconds(30)).getString("status"))
        .isEqualTo("COMPLETED");
    List<MimeMessage> received = receivedFor(batch);
    assertThat(received).hasSize(1);
    return received;
  }

  private long submit(String queueClass, String... recipients) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String email : recipients) {
      list.add(Json.createObjectBuilder().add("email", email));
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("messageSystem", "smtp")
            .add("queueClass", queueClass)
            .add("subject", "News")
            .add("text", "Hello")
            .add("recipients", list)
            .build();
    RohrpostApi.Answer answer = api.post("clients/" + client + "/adhoc", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json().getJsonNumber("batch").longValue();
  }

  /** The HTTPS link's path below the server, to call on this test's deployment (its context). */
  private static String linkPath(MimeMessage mail) throws Exception {
    Matcher links = LINKS.matcher(mail.getHeader("List-Unsubscribe", null));
    assertThat(links.matches()).isTrue();
    return links.group(2);
  }

  /** What a mail provider sends for one click: no credentials, the RFC 8058 body. */
  private HttpResponse<String> oneClick(String path) throws Exception {
    return anonymous.send(
        HttpRequest.newBuilder(at(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> open(String path) throws Exception {
    return anonymous.send(
        HttpRequest.newBuilder(at(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI at(String path) {
    return URI.create(server.toString()).resolve(path);
  }

  private List<String> suppressed() {
    return api.get("clients/" + client + "/suppressions").structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(s -> s.getString("email"))
        .toList();
  }
}
