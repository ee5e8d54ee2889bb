package org.rohrpost.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on Payara Micro in a process of its own, as the run command starts it, for tests
 * that stop a server the hard way ({@code kill -9}) or gently (SIGTERM) and start it again on the
 * same data. It has its own data directory, port and database (on PostgreSQL: a database of its own
 * beside the one of {@code ROHRPOST_DB_URL}, dropped by {@link #dropDatabase()}), so it never meets
 * the Arquillian server.
 */
public final class ServerProcess {
  private static final Path PAYARA = Path.of(System.getProperty("payara.dir", "target/payara"));
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final String name;
  private final int port;
  private final Path dataDir;
  private final Path postBoot;
  private final String database;
  private final String jdbcUrl;
  private final List<String> options = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();
  private Process process;

  /**
   * A server of a cluster: its own database (dropped by {@link #dropDatabase()}) unless it joins
   * {@code first}'s, and the broker at {@code brokerUrl} ({@code tcp://…}) instead of its own.
   */
  public static ServerProcess inCluster(
      String name, int port, ServerProcess first, String brokerUrl)
      throws IOException, SQLException {
    ServerProcess server =
        first == null ? new ServerProcess(name, port) : new ServerProcess(name, port, first);
    String escaped = brokerUrl.replaceAll("([:=])", "\\\\$1");
    String boot = Files.readString(server.postBoot);
    boot =
        boot.replaceAll(
            "create-resource-adapter-config --property .* activemq-rar",
            java.util.regex.Matcher.quoteReplacement(
                "create-resource-adapter-config --property ServerUrl="
                    + escaped
                    + " activemq-rar"));
    Files.writeString(server.postBoot, boot);
    server.options.add("-Drohrpost.secret.key=" + CLUSTER_KEY);
    return server;
  }

  /** A base64 AES-256 key every server of a test cluster shares. */
  private static final String CLUSTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  /** A second server on the database of {@code first}. */
  private ServerProcess(String name, int port, ServerProcess first) throws IOException {
    this.name = name;
    this.port = port;
    this.dataDir = Path.of("target", "process-" + name).toAbsolutePath();
    deleteTree(dataDir);
    Files.createDirectories(dataDir);
    this.database = null; // first's, dropped by first
    this.jdbcUrl = first.jdbcUrl;
    postBoot = dataDir.resolve("post-boot.txt");
    Files.writeString(
        postBoot,
        Files.readString(first.postBoot)
            .replace("${rohrpost.data.dir}/h2/", first.dataDir.toString() + "/h2/"));
  }

  /** Adds a JVM option (such as {@code -Drohrpost.lease.seconds=15}) for the next start. */
  public ServerProcess with(String option) {
    options.add(option);
    return this;
  }

  /** Sets an environment variable (such as {@code ROHRPOST_BROKER_USER}) for the next start. */
  public ServerProcess withEnvironment(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /** Where other applications reach the server's embedded broker. */
  public String brokerUrl() {
    return "tcp://127.0.0.1:" + brokerPort();
  }

  private int brokerPort() {
    return port + 43_000;
  }

  /** A server called {@code name} on {@code port}; nothing runs until {@link #start()}. */
  public ServerProcess(String name, int port) throws IOException, SQLException {
    this.name = name;
    this.port = port;
    this.dataDir = Path.of("target", "process-" + name).toAbsolutePath();
    deleteTree(dataDir);
    Files.createDirectories(dataDir);
    String bootCommands = Files.readString(PAYARA.resolve("post-boot.txt"));
    String url = System.getProperty("rohrpost.db.url", "");
    if (url.startsWith("jdbc:postgresql")) {
      database = url.substring(url.lastIndexOf('/') + 1) + "_" + name.replace('-', '_');
      jdbcUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
      String escaped = url.replaceAll("([:=])", "\\\\$1");
      bootCommands =
          bootCommands.replace(
              escaped, escaped.substring(0, escaped.lastIndexOf('/') + 1) + database);
      try (Connection admin = ItDatabase.open();
          Statement sql = admin.createStatement()) {
        sql.execute("drop database if exists " + database);
        sql.execute("create database " + database);
      }
    } else {
      database = null;
      jdbcUrl = "jdbc:h2:" + dataDir + "/h2/rohrpost;AUTO_SERVER=TRUE";
    }
    postBoot = dataDir.resolve("post-boot.txt");
    Files.writeString(postBoot, bootCommands);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + port + "/rohrpost/");
  }

  /** Starts the server and waits until it is ready. */
  public void start() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-Djava.io.tmpdir=" + dataDir,
            "-Drohrpost.data.dir=" + dataDir,
            "-Drohrpost.admin.password=" + RohrpostApi.ADMIN_PASSWORD,
            "-Drohrpost.instance=" + name,
            "-Drohrpost.demo.smtp.port=0",
            "-Drohrpost.broker.port=" + brokerPort(),
            "-Dh2.bindAddress=127.0.0.1",
            "-Drohrpost.retry.base.seconds=1"));
    command.addAll(options);
    command.addAll(
        List.of(
            "-jar",
            PAYARA.resolve("payara-micro.jar").toString(),
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--addlibs",
            PAYARA.resolve("postgresql.jar").toString(),
            "--prebootcommandfile",
            PAYARA.resolve("pre-boot.txt").toString(),
            "--postbootcommandfile",
            postBoot.toString(),
            "--postdeploycommandfile",
            PAYARA.resolve("post-deploy.txt").toString(),
            "--contextroot",
            "rohrpost",
            "--deploy",
            Path.of(System.getProperty("rohrpost.war", "target/rohrpost.war")).toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    process =
        builder
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()))
            .start();
    try {
      awaitReady();
    } catch (InterruptedException | RuntimeException notReady) {
      kill(); // no server of a failed test keeps running into the next ones
      throw notReady;
    }
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** SIGTERM: the server stops gently; waits until it has (at most a minute). */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " did not stop within a minute of SIGTERM; " + log());
    }
  }

  /**
   * {@code kill -9}: the server gets no chance to finish anything (nothing if it never started).
   */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  /** The server's database, opened as another server would (H2 in its auto-server mode). */
  public Connection openDatabase() throws SQLException {
    return jdbcUrl.startsWith("jdbc:h2")
        ? DriverManager.getConnection(jdbcUrl, "sa", "sa")
        : DriverManager.getConnection(
            jdbcUrl, System.getProperty("rohrpost.db.user"), System.getenv("ROHRPOST_DB_PASSWORD"));
  }

  /** The name of the server's own PostgreSQL database (none on H2, or when it joins another's). */
  public String databaseName() {
    if (database == null) {
      throw new IllegalStateException(name + " has no PostgreSQL database of its own");
    }
    return database;
  }

  /** Drops the server's own PostgreSQL database, if it has one. */
  public void dropDatabase() throws SQLException {
    if (database != null) {
      try (Connection admin = ItDatabase.open();
          Statement sql = admin.createStatement()) {
        sql.execute("drop database if exists " + database);
      }
    }
  }

  /**
   * Ready: the health check says so, and then (API.md: ready means it accepts work) the API answers
   * at once (401 to a caller without a password).
   */
  private void awaitReady() throws InterruptedException {
    awaitStatus(URI.create("http://127.0.0.1:" + port + "/health/ready"), 200);
    URI api = uri().resolve("api/v1/clients");
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(api).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 401) {
        throw new IllegalStateException(
            name + " said it was ready, but " + api + " answered " + answer.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException(name + " said it was ready, but " + api + " failed", e);
    }
  }

  private void awaitStatus(URI uri, int wanted) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended while starting; see " + log());
      }
      try {
        HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == wanted) {
          return;
        }
        last = answer.statusCode() + " " + answer.body();
      } catch (IOException notYet) {
        last = notYet.toString(); // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        name
            + " was not ready within "
            + START_TIMEOUT
            + ": "
            + uri
            + " last answered "
            + last
            + "; "
            + log());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** What the server has printed so far, over all its starts. */
  public List<String> logLines() throws IOException {
    return Files.readAllLines(dataDir.resolve("server.log"), StandardCharsets.UTF_8);
  }

  private String log() {
    Path log = dataDir.resolve("server.log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return log.toString();
    }
  }
}
