package org.rohrpost.endtoend;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations of the REST API as the served OpenAPI document ({@code GET /openapi}) says. */
final class ApiOperations {
  static final String PREFIX = "/api/v1/";

  private ApiOperations() {}

  /** A path or query parameter and its schema. */
  record Parameter(String name, String in, JsonObject schema) {}

  /**
   * One operation: its method, its path (as the document writes it, below {@code /api/v1/}), its
   * parameters, and the schema of its JSON body (null when it takes none).
   */
  record Operation(
      String method,
      String path,
      List<Parameter> parameters,
      JsonObject body,
      List<String> mediaTypes) {
    String key() {
      return method + " " + path;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** Every operation of the document served by the WAR at {@code server}, asked for as JSON. */
  static List<Operation> served(URI server) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.resolve("openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("GET /openapi answered " + answer.statusCode());
    }
    JsonObject document = Json.createReader(new StringReader(answer.body())).readObject();
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        JsonObject operation = op.getValue().asJsonObject();
        List<Parameter> parameters = new ArrayList<>();
        for (JsonValue p : orEmpty(operation.getJsonArray("parameters"))) {
          JsonObject parameter = p.asJsonObject();
          parameters.add(
              new Parameter(
                  parameter.getString("name"),
                  parameter.getString("in"),
                  resolve(parameter.getJsonObject("schema"), schemas)));
        }
        JsonObject requestBody = operation.getJsonObject("requestBody");
        JsonObject content =
            requestBody == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : requestBody.getJsonObject("content");
        JsonObject json = content.getJsonObject("application/json");
        operations.add(
            new Operation(
                op.getKey().toUpperCase(java.util.Locale.ROOT),
                path.getKey().substring(PREFIX.length()),
                parameters,
                json == null ? null : resolve(json.getJsonObject("schema"), schemas),
                List.copyOf(content.keySet())));
      }
    }
    return operations;
  }

  private static jakarta.json.JsonArray orEmpty(jakarta.json.JsonArray array) {
    return array == null ? JsonValue.EMPTY_JSON_ARRAY : array;
  }

  /** The schema with every {@code $ref} replaced by what it refers to, however deep. */
  static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    if (schema == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      return resolve(schemas.getJsonObject(name), schemas);
    }
    var resolved = Json.createObjectBuilder(schema);
    if (schema.containsKey("items")) {
      resolved.add("items", resolve(schema.getJsonObject("items"), schemas));
    }
    if (schema.containsKey("properties")) {
      var properties = Json.createObjectBuilder();
      schema
          .getJsonObject("properties")
          .forEach((name, p) -> properties.add(name, resolve(p.asJsonObject(), schemas)));
      resolved.add("properties", properties);
    }
    return resolved.build();
  }
}
