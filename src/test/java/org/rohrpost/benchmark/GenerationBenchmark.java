package org.rohrpost.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rohrpost.endtoend.RohrpostApi;

/**
 * Generation rate on PostgreSQL: a population of {@code bench.recipients} members (comma-separated
 * sizes, written straight into the database: uploads are capped far below a million) generated into
 * the ledger by the generation job, from the batch's creation to PENDING_APPROVAL. The server's
 * used heap is sampled from {@code /metrics} meanwhile. Run by {@code src/bench/generation.sh}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GenerationBenchmark {
  private static final String DB_URL = System.getenv("ROHRPOST_DB_URL");
  private static final Pattern USED_HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})? ([0-9.E+]+)");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

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
      assertThat(
              api.put(
                      "clients/" + client + "/populations/" + key,
                      "text/csv",
                      "email\nseed@example.org\n")
                  .status())
          .isEqualTo(200);
      fillPopulation(client, key, size);
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
            HttpRequest.newBuilder(URI.create(server.toString()).resolve("/metrics?scope=base"))
                .header("Accept", "text/plain")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = USED_HEAP.matcher(metrics.body());
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** Replaces the population's members with {@code size} generated ones, in the database. */
  private static void fillPopulation(String client, String key, int size) throws Exception {
    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", null)) {
      long population;
      try (PreparedStatement find =
          db.prepareStatement(
              "select p.id from population p join client c on c.id = p.client_id"
                  + " where c.client_key = ? and p.population_key = ?")) {
        find.setString(1, client);
        find.setString(2, key);
        try (ResultSet row = find.executeQuery()) {
          row.next();
          population = row.getLong(1);
        }
      }
      try (PreparedStatement clear =
              db.prepareStatement("delete from population_member where population_id = ?");
          PreparedStatement fill =
              db.prepareStatement(
                  "insert into population_member (id, population_id, position, email, name, data)"
                      + " select ? * 10000000 + g, ?, g, 'member' || g || '@example.org',"
                      + " 'Member ' || g, '{\"code\":\"' || g || '\"}'"
                      + " from generate_series(1, ?) g");
          PreparedStatement resize =
              db.prepareStatement("update population set size = ? where id = ?")) {
        clear.setLong(1, population);
        clear.executeUpdate();
        fill.setLong(1, 1_000_000 + population);
        fill.setLong(2, population);
        fill.setInt(3, size);
        fill.executeUpdate();
        resize.setInt(1, size);
        resize.setLong(2, population);
        resize.executeUpdate();
      }
    }
  }
}
