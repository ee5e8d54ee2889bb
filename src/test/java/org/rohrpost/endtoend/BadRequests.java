package org.rohrpost.endtoend;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.rohrpost.endtoend.ApiOperations.Operation;
import org.rohrpost.endtoend.ApiOperations.Parameter;

/**
 * The requests of the corpus: each bad value ({@link BadValues}) in each parameter and body field
 * of each operation, inside an otherwise valid request ({@link ValidBodies}); malformed bodies, a
 * body type the API does not read, an answer type it cannot give, a method it does not know.
 */
final class BadRequests {
  static final String JSON = "application/json";
  private static final String PLACEHOLDER = "\"@@bad@@\"";

  /** Operations that answer with a page for a person rather than a problem body. */
  private static final Set<String> PAGES = Set.of("GET unsubscribe/{token}");

  /**
   * One request and what its answer must be: {@code status} (0: any 4xx), a problem body (unless it
   * is a {@code page}), and a 422 naming {@code field} (null: any).
   */
  record Case(
      String what,
      String method,
      String path,
      String contentType,
      String body,
      String accept,
      int status,
      String field,
      boolean page) {

    /** Null when the answer is right, else what is wrong with it. */
    String wrongIn(RohrpostApi.Answer answer) {
      if (status != 0
          ? answer.status() != status
          : answer.status() < 400 || answer.status() > 499) {
        return answer.status() + " " + abbreviated(answer.body());
      }
      if (page) {
        return null;
      }
      if (!answer.contentType().startsWith("application/problem+json")) {
        return answer.status() + " as " + answer.contentType();
      }
      JsonObject problem = answer.json();
      if (problem.getInt("status", 0) != answer.status()) {
        return "problem status " + problem.get("status") + " in a " + answer.status();
      }
      if (answer.status() == 422 && field != null) {
        JsonArray errors = problem.getJsonArray("errors");
        boolean named =
            errors != null
                && errors.stream()
                    .map(e -> e.asJsonObject().getString("field", ""))
                    .anyMatch(f -> f.contains(field));
        if (!named) {
          return "422 not naming " + field + ": " + abbreviated(answer.body());
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return what;
    }
  }

  private final ValidBodies bodies;
  private final UnaryOperator<String> fill;
  private final List<Case> cases = new ArrayList<>();

  private BadRequests(ValidBodies bodies, UnaryOperator<String> fill) {
    this.bodies = bodies;
    this.fill = fill;
  }

  /**
   * The requests for the operations, whose bodies are made from {@code bodies} and whose paths are
   * filled in by {@code fill} (with things that exist).
   */
  static List<Case> of(List<Operation> operations, ValidBodies bodies, UnaryOperator<String> fill) {
    BadRequests requests = new BadRequests(bodies, fill);
    Set<String> paths = new LinkedHashSet<>();
    for (Operation op : operations) {
      requests.add(op);
      paths.add(op.path());
    }
    List<Case> cases = requests.cases;
    cases.add(
        new Case("[GET no/such/path]", "GET", "no/such/path", null, null, JSON, 404, null, false));
    for (String path : paths) {
      cases.add(
          new Case(
              "[PATCH " + path + "]",
              "PATCH",
              fill.apply(path),
              JSON,
              "{}",
              JSON,
              405,
              null,
              false));
    }
    return cases;
  }

  private void add(Operation op) {
    boolean takesJson = op.body() != null;
    String contentType = takesJson ? JSON : null;
    String validBody = takesJson ? bodies.of(op.key()).get(0).toString() : null;
    String path = fill.apply(op.path());
    for (Parameter p : op.parameters()) {
      for (String bad : BadValues.forParameter(p)) {
        boolean inPath = p.in().equals("path");
        add(
            op,
            p.in() + " " + p.name() + "=" + abbreviated(bad),
            inPath
                ? fill.apply(op.path().replace("{" + p.name() + "}", bad))
                : path + "?" + p.name() + "=" + bad,
            contentType,
            validBody,
            JSON,
            0,
            inPath ? null : p.name());
      }
    }
    if (takesJson) {
      for (JsonObject base : bodies.of(op.key())) {
        addBodyCases(op, path, op.body(), base, new ArrayList<>());
      }
      for (String malformed : BadValues.MALFORMED_BODIES) {
        add(op, "body " + abbreviated(malformed), path, JSON, malformed, JSON, 0, null);
      }
      add(op, "as text/xml", path, "text/xml", "<a/>", JSON, 415, null);
    }
    if (op.mediaTypes().contains("text/csv")) {
      for (String csv : List.of("", "name\nBob\n")) {
        add(op, "CSV " + csv.replace("\n", "\\n"), path, "text/csv", csv, JSON, 0, null);
      }
    }
    if (!op.path().startsWith("unsubscribe")) {
      add(op, "accepting text/plain", path, contentType, validBody, "text/plain", 406, null);
    }
  }

  private void add(
      Operation op,
      String what,
      String path,
      String contentType,
      String body,
      String accept,
      int status,
      String field) {
    cases.add(
        new Case(
            "[" + op.key() + "] " + what,
            op.method(),
            path,
            contentType,
            body,
            accept,
            status,
            field,
            PAGES.contains(op.key())));
  }

  /**
   * For each property of the schema: each bad value in its place in the base body; into the
   * properties of an object, or of the first object of a list, that the base body has.
   */
  private void addBodyCases(
      Operation op, String path, JsonObject schema, JsonValue base, List<Object> at) {
    JsonObject properties = schema.getJsonObject("properties");
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
      List<Object> where = new ArrayList<>(at);
      where.add(property.getKey());
      JsonValue present = valueAt(base, where);
      if (!at.isEmpty() && present == null) {
        continue; // what a nested object may hold depends on what it has (a recurrence's kind)
      }
      JsonObject propertySchema = property.getValue().asJsonObject();
      String body = withPlaceholder(base, where).toString();
      for (BadValues.Bad bad : BadValues.forProperty(propertySchema)) {
        add(
            op,
            pathOf(where) + " " + bad,
            path,
            JSON,
            body.replace(PLACEHOLDER, bad.json()),
            JSON,
            0,
            bad.wholeBody() ? "body" : property.getKey());
      }
      if (present instanceof JsonObject) {
        addBodyCases(op, path, propertySchema, base, where);
      } else if (present instanceof JsonArray list
          && !list.isEmpty()
          && list.get(0) instanceof JsonObject
          && propertySchema.containsKey("items")) {
        where.add(0);
        addBodyCases(op, path, propertySchema.getJsonObject("items"), base, where);
      }
    }
  }

  private static String pathOf(List<Object> where) {
    return where.stream()
        .map(s -> s instanceof Integer i ? "[" + i + "]" : "." + s)
        .collect(Collectors.joining())
        .substring(1);
  }

  private static JsonValue valueAt(JsonValue value, List<Object> where) {
    for (Object step : where) {
      if (value instanceof JsonObject o && step instanceof String name) {
        value = o.get(name);
      } else if (value instanceof JsonArray a && step instanceof Integer i && i < a.size()) {
        value = a.get(i);
      } else {
        return null;
      }
    }
    return value;
  }

  /** The base with the placeholder string at {@code where} (added if it is not there). */
  private static JsonValue withPlaceholder(JsonValue base, List<Object> where) {
    if (where.isEmpty()) {
      return Json.createValue("@@bad@@");
    }
    Object step = where.get(0);
    List<Object> rest = where.subList(1, where.size());
    if (step instanceof String name) {
      JsonObject o = base.asJsonObject();
      JsonValue inner = o.getOrDefault(name, JsonValue.EMPTY_JSON_OBJECT);
      return Json.createObjectBuilder(o).add(name, withPlaceholder(inner, rest)).build();
    }
    JsonArray a = base.asJsonArray();
    int index = (Integer) step;
    return Json.createArrayBuilder(a).set(index, withPlaceholder(a.get(index), rest)).build();
  }

  static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
