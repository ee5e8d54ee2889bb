package org.rohrpost.endtoend;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A {@code /metrics} answer as the tools operators run read it: {@code promtool check metrics}
 * (Debian's prometheus package) lints it, and the Prometheus Python client's parser (Debian's
 * python3-prometheus-client) reads it into families and samples, so that a test asserts what
 * Prometheus would store, not what a regular expression finds in the text.
 */
record PrometheusScrape(String lint, List<Sample> samples) {
  /** One sample as the parser filed it: under which family, of which type and help text. */
  record Sample(
      String family,
      String type,
      String help,
      String name,
      Map<String, String> labels,
      double value) {}

  private static final String PARSER =
      """
      import json, sys
      from prometheus_client.parser import text_string_to_metric_families
      for family in text_string_to_metric_families(sys.stdin.read()):
          for s in family.samples:
              print(json.dumps({"family": family.name, "type": family.type,
                  "help": family.documentation, "name": s.name, "labels": s.labels,
                  "value": repr(float(s.value))}))
      """;

  static PrometheusScrape of(String text) {
    String lint = run(text, "promtool", "check", "metrics");
    List<Sample> samples =
        run(text, "/usr/bin/python3", "-c", PARSER).lines().map(PrometheusScrape::sample).toList();
    return new PrometheusScrape(lint, samples);
  }

  /** The value of the one sample with that name and those labels (among others), or null. */
  Double value(String name, Map<String, String> labels) {
    List<Sample> found =
        samples.stream()
            .filter(s -> s.name().equals(name))
            .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    if (found.size() > 1) {
      throw new IllegalArgumentException(name + labels + " is more than one sample: " + found);
    }
    return found.isEmpty() ? null : found.get(0).value();
  }

  /** The families whose name starts so. */
  List<Sample> familiesStartingWith(String prefix) {
    return samples.stream().filter(s -> s.family().startsWith(prefix)).toList();
  }

  private static Sample sample(String line) {
    JsonObject json = Json.createReader(new StringReader(line)).readObject();
    Map<String, String> labels = new TreeMap<>();
    json.getJsonObject("labels").forEach((k, v) -> labels.put(k, ((JsonString) v).getString()));
    return new Sample(
        json.getString("family"),
        json.getString("type"),
        json.getString("help"),
        json.getString("name"),
        labels,
        number(json.getString("value")));
  }

  /** Python's repr of a float: nan, inf and -inf as well as numbers. */
  private static double number(String repr) {
    return switch (repr) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(repr);
    };
  }

  /** Runs the tool on the text; its output (standard error too), or an exception if it failed. */
  private static String run(String text, String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (var in = process.getOutputStream()) {
        in.write(text.getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " refused the metrics: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + command[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
