package org.rohrpost.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rohrpost.endtoend.RohrpostApi;

/**
 * Population upload and generation rate on PostgreSQL: a population of {@code bench.recipients}
 * members (comma-separated sizes) uploaded as one CSV, sent chunked as it is made (the server
 * streams it into the database; its heap recorded with JFR meanwhile), then generated into the
 * ledger by the generation job, from the batch's creation to PENDING_APPROVAL (the server's used
 * heap sampled from {@code /metrics} meanwhile). Run by {@code src/bench/generation.sh}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GenerationBenchmark {
  private static final String DB_URL = System.getenv("ROHRPOST_DB_URL");
  private static final Pattern USED_HEAP =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"\\} ([0-9.E+]+)");

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ADMIN =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  ("admin:" + RohrpostApi.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

  @ArquillianResource URL server;

  @Test
  void generationRate() throws Exception {
    assertThat(DB_URL).as("ROHRPOST_DB_URL (a PostgreSQL database)").startsWith("jdbc:postgresql");
    RohrpostApi api = RohrpostApi.asAdmin(URI.create(server.toString()));
    String client = api.newClientWithSmtp("gen", 9);
    int[] sizes =
        Arrays.stream(System.getProperty("bench.recipients", "100000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    for (int size : sizes) {
      String key = "p" + size;
      upload(client, key, size);
      assertThat(
              api.post(
                      "clients/" + client + "/communications",
                      Json.createObjectBuilder()
                          .add("key", "c" + size)
                          .add("messageSystem", "smtp")
                          .add("population", key)
                          .add("subject", "Your statement, {{name}}")
                          .add(
                              "html",
                              "<html><body><h1>Hello {{name}}</h1><p>Your code is"
                                  + " <b>{{data.code}}</b>.</p></body></html>")
                          .add("text", "Hello {{name}}\n\nYour code is {{data.code}}.")
                          .add("approvers", Json.createArrayBuilder().add("boss@example.org"))
                          .build())
                  .status())
          .isEqualTo(201);
      measure(api, client, size);
    }
  }

  private void measure(RohrpostApi api, String client, int size) throws Exception {
    long start = System.nanoTime();
    RohrpostApi.Answer created =
        api.post(
            "clients/" + client + "/communications/c" + size + "/batches",
            Json.createObjectBuilder().build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long batch = created.json().getJsonNumber("id").longValue();
    double peakHeap = 0;
    JsonObject view = created.json();
    while (!view.getString("status").equals("PENDING_APPROVAL")) {
      assertThat(view.getString("status")).isIn("SCHEDULED", "GENERATION_QUEUED", "GENERATING");
      peakHeap = Math.max(peakHeap, usedHeap());
      Thread.sleep(1000);
      view = api.get("batches/" + batch).json();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(view.getJsonObject("counts").getInt("profiles")).isEqualTo(size);
    String line =
        String.format(
            "| %s | PostgreSQL | %,d | %.1f | %,.0f | %.0f MB |%n",
            Instant.now().toString().substring(0, 10),
            size,
            seconds,
            size / seconds,
            peakHeap / 1e6);
    BenchmarkResults.append("benchmark-generation.md", line);
  }

  private double usedHeap() throws Exception {
    HttpResponse<String> metrics =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(server.toString())
                        .resolve("metrics?name%5B%5D=jvm_memory_used_bytes"))
                .header("Accept", "text/plain")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = USED_HEAP.matcher(metrics.body());
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /**
   * Uploads a CSV of {@code size} members ({@code email,name,code}), made as it is sent (chunked),
   * and records how long the server took and how much heap it used.
   */
  private void upload(String client, String key, int size) throws Exception {
    ServerRecording heap = ServerRecording.start("upload-" + size, "default");
    long start = System.nanoTime();
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(server.toString())
                        .resolve("api/v1/clients/" + client + "/populations/" + key))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", ADMIN)
                .header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> csv(size)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - start) / 1e9;
    ServerRecording.Peak peak = heap.peak();
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject uploaded = Json.createReader(new StringReader(answer.body())).readObject();
    assertThat(uploaded.getInt("size")).isEqualTo(size);
    assertThat(uploaded.getInt("invalid")).isZero();
    BenchmarkResults.append(
        "benchmark-upload.md",
        String.format(
            "| %s | PostgreSQL | %,d | %.1f MB | %.1f | %,.0f | %.0f MB | %.0f MB | %d |%n",
            Instant.now().toString().substring(0, 10),
            size,
            csvBytes(size) / 1e6,
            seconds,
            size / seconds,
            peak.afterGc() / 1e6,
            peak.beforeGc() / 1e6,
            peak.collections()));
  }

  private static InputStream csv(int size) {
    return new SequenceInputStream(
        new Enumeration<InputStream>() {
          private int row;

          @Override
          public boolean hasMoreElements() {
            return row <= size;
          }

          @Override
          public InputStream nextElement() {
            String line = row == 0 ? "email,name,code\n" : member(row);
            row++;
            return new ByteArrayInputStream(line.getBytes(StandardCharsets.US_ASCII));
          }
        });
  }

  private static String member(int n) {
    return "member" + n + "@example.org,Member " + n + "," + n + "\n";
  }

  private static long csvBytes(int size) {
    long bytes = "email,name,code\n".length();
    for (int n = 1; n <= size; n++) {
      bytes += member(n).length();
    }
    return bytes;
  }
}
