package org.rohrpost.endtoend;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** A caller of the REST API, as another application would be. */
public final class RohrpostApi {
  public static final String ADMIN_PASSWORD = "it-secret";

  private final URI server;
  private final URI base;
  private final String authorization;
  private final HttpClient http = HttpClient.newHttpClient();

  public RohrpostApi(URI server, String user, String password) {
    this(
        server,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private RohrpostApi(URI server, String authorization) {
    this.server = server;
    this.base = server.resolve("api/v1/");
    this.authorization = authorization;
  }

  /** The API as an application with its key ({@code Authorization: Bearer}). */
  public static RohrpostApi withApiKey(URI server, String key) {
    return new RohrpostApi(server, "Bearer " + key);
  }

  public static RohrpostApi asAdmin(URI server) {
    return new RohrpostApi(server, "admin", ADMIN_PASSWORD);
  }

  /** A status and the parsed body (or null when the body is empty or not JSON). */
  public record Answer(int status, String contentType, String body) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  /**
   * Creates a NORMAL client with a key made from the prefix and a message system {@code smtp} that
   * sends to 127.0.0.1 on the given port; returns the client's key.
   */
  public String newClientWithSmtp(String prefix, int smtpPort) {
    return newClient(prefix, "NORMAL", null, smtpPort, null);
  }

  /**
   * A new client of the class (pinned to {@code server} unless null) whose message system {@code
   * smtp} sends to 127.0.0.1 on the port, at most {@code ratePerSecond} (unless null); returns the
   * client's key.
   */
  public String newClient(
      String prefix, String queueClass, String server, int smtpPort, Double ratePerSecond) {
    JsonObjectBuilder fields = Json.createObjectBuilder().add("queueClass", queueClass);
    if (server != null) {
      fields.add("server", server);
    }
    return newClient(prefix, fields.build(), smtpPort, ratePerSecond);
  }

  /**
   * A new client with the given fields (besides its key and name) whose message system {@code smtp}
   * sends to 127.0.0.1 on the port, at most {@code ratePerSecond} (unless null).
   */
  public String newClient(String prefix, JsonObject fields, int smtpPort, Double ratePerSecond) {
    String client = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObjectBuilder clientFields =
        Json.createObjectBuilder(fields).add("key", client).add("name", "Test client");
    JsonObjectBuilder systemFields =
        Json.createObjectBuilder()
            .add("key", "smtp")
            .add("type", "SMTP")
            .add("host", "127.0.0.1")
            .add("port", smtpPort)
            .add("tls", "NONE")
            .add("from", "sender@rohrpost.test");
    if (ratePerSecond != null) {
      systemFields.add("ratePerSecond", ratePerSecond);
    }
    Answer created = post("clients", clientFields.build());
    Answer system = post("clients/" + client + "/message-systems", systemFields.build());
    if (created.status() != 201 || system.status() != 201) {
      throw new IllegalStateException("Cannot create a test client: " + created + " " + system);
    }
    return client;
  }

  /**
   * Submits an ad-hoc mailing of the client's message system {@code smtp} to {@code prefix}0 …
   * {@code prefix}(n−1) at {@code domain}; returns the batch's id.
   */
  public long adhoc(String client, String prefix, int recipients, String domain, String text) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < recipients; i++) {
      list.add(Json.createObjectBuilder().add("email", prefix + i + "@" + domain));
    }
    Answer answer =
        post(
            "clients/" + client + "/adhoc",
            Json.createObjectBuilder()
                .add("messageSystem", "smtp")
                .add("subject", "Nobody lost, nobody twice")
                .add("text", text)
                .add("recipients", list)
                .build());
    if (answer.status() != 202) {
      throw new IllegalStateException("Ad-hoc mailing refused: " + answer);
    }
    return answer.json().getJsonNumber("batch").longValue();
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer put(String path, JsonValue body) {
    return put(path, "application/json", body.toString());
  }

  public Answer put(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  /** A POST without a body, as for the batch controls. */
  public Answer post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Answer post(String path, JsonValue body) {
    return post(path, "application/json", body.toString());
  }

  public Answer post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Any request with a body, over HTTP/1.1: a body of unknown length ({@code
   * BodyPublishers.ofInputStream}) goes chunked.
   */
  public Answer send(
      String method, String path, String contentType, HttpRequest.BodyPublisher body) {
    return send(
        request(path)
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", contentType)
            .method(method, body));
  }

  /**
   * Any request: {@code method} on {@code path} (relative to {@code /api/v1/}, already encoded),
   * with a body of the content type unless that is null, accepting {@code accept}.
   */
  public Answer exchange(
      String method, String path, String contentType, String body, String accept) {
    HttpRequest.Builder request =
        request(path)
            .setHeader("Accept", accept)
            .method(
                method,
                contentType == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  /**
   * Declares a body of {@code length} bytes but sends only its first kilobyte, and reads the
   * answer: a server that checks the size before reading answers at once.
   */
  public String statusLineForDeclaredLength(String path, long length) throws IOException {
    URI uri = base.resolve(path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST "
              + uri.getRawPath()
              + " HTTP/1.1\r\n"
              + "Host: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\n"
              + "Authorization: "
              + authorization
              + "\r\n"
              + "Content-Type: application/json\r\n"
              + "Content-Length: "
              + length
              + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024]);
      out.flush();
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  /** {@code GET /metrics} of the WAR, as a scraper sees it. */
  public Answer metrics() {
    return send(HttpRequest.newBuilder(server.resolve("metrics")).GET());
  }

  /** Polls {@code /metrics} until the pattern is found in it; returns the last reading. */
  public String awaitMetric(java.util.regex.Pattern wanted, Duration timeout)
      throws InterruptedException {
    return awaitMetrics(text -> text, text -> wanted.matcher(text).find(), timeout);
  }

  /**
   * Polls {@code /metrics}, each answer read by {@code read}, until a reading is {@code wanted} or
   * the time is up; returns the last reading.
   */
  public <T> T awaitMetrics(Function<String, T> read, Predicate<T> wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T reading = read.apply(metrics().body());
      if (wanted.test(reading) || System.nanoTime() > deadline) {
        return reading;
      }
      Thread.sleep(500);
    }
  }

  /** Polls the batch until it reaches the status or the time is up; returns the last view. */
  public JsonObject awaitBatch(long id, String status, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject batch = get("batches/" + id).json();
    while (!batch.getString("status").equals(status) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      batch = get("batches/" + id).json();
    }
    return batch;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
