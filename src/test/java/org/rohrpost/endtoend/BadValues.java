package org.rohrpost.endtoend;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus: values that no field of a kind accepts, chosen by the field's schema in the served
 * OpenAPI document (its type, enumeration or format).
 */
final class BadValues {
  private BadValues() {}

  /**
   * A bad value as JSON text, and what it is, for the report; {@code wholeBody}: refused as the
   * body it is in (too deep), not as the field.
   */
  record Bad(String what, String json, boolean wholeBody) {
    Bad(String what, String json) {
      this(what, json, false);
    }

    @Override
    public String toString() {
      return what;
    }
  }

  /** Bad JSON values for a body property of the schema. */
  static List<Bad> forProperty(JsonObject schema) {
    List<Bad> bad = new ArrayList<>();
    String type = schema.getString("type", schema.containsKey("enum") ? "string" : "object");
    switch (type) {
      case "integer" -> {
        bad.add(number("1.5", "1.5"));
        bad.add(number("2^31", "2147483648"));
        bad.add(number("20 digits", "99999999999999999999"));
        bad.add(number("negative", "-1"));
        bad.add(number("1e308", "1e308"));
        bad.add(new Bad("string for a number", "\"7\""));
      }
      case "number" -> {
        bad.add(number("1e308", "1e308"));
        bad.add(number("1e999", "1e999"));
        bad.add(number("negative", "-1"));
        bad.add(new Bad("string for a number", "\"7\""));
      }
      case "boolean" -> {
        bad.add(new Bad("\"yes\" for a boolean", "\"yes\""));
        bad.add(new Bad("\"true\" for a boolean", "\"true\""));
        bad.add(new Bad("1 for a boolean", "1"));
      }
      case "string" -> bad.addAll(strings(schema));
      case "array" -> {
        bad.add(new Bad("string for a list", "\"x\""));
        bad.add(new Bad("object for a list", "{}"));
        bad.add(new Bad("null in a list", "[null]"));
        JsonObject items = schema.getJsonObject("items");
        if (items != null) {
          for (Bad item : forProperty(items)) {
            bad.add(new Bad(item.what() + " in a list", "[" + item.json() + "]", item.wholeBody()));
          }
        }
      }
      default -> {
        bad.add(new Bad("string for an object", "\"x\""));
        bad.add(new Bad("list for an object", "[]"));
        bad.add(new Bad("number for an object", "5"));
        if (!schema.containsKey("properties")) {
          bad.add(new Bad("object nested 100 deep", nested(100), true));
          bad.add(new Bad("object nested 5000 deep", nested(5000), true));
        }
      }
    }
    return bad;
  }

  /** Wrong JSON types always; an unknown value of an enumeration; dates out of any sane range. */
  private static List<Bad> strings(JsonObject schema) {
    List<Bad> bad = new ArrayList<>();
    bad.add(new Bad("number for a string", "123"));
    bad.add(new Bad("boolean for a string", "true"));
    bad.add(new Bad("object for a string", "{}"));
    bad.add(new Bad("list for a string", "[]"));
    if (schema.containsKey("enum")) {
      bad.add(new Bad("unknown enum value", "\"NO_SUCH_VALUE\""));
      bad.add(new Bad("enum value in lower case", "\"" + lowerFirst(schema) + "\""));
    }
    if ("date-time".equals(schema.getString("format", ""))) {
      for (String date : DATES) {
        bad.add(new Bad("date " + date, "\"" + date + "\""));
      }
    }
    if ("duration".equals(schema.getString("format", ""))) {
      for (String duration : List.of("soon", "-PT1H", "P99999D")) {
        bad.add(new Bad("duration " + duration, "\"" + duration + "\""));
      }
    }
    return bad;
  }

  static final List<String> DATES =
      List.of(
          "-999999999-01-01T00:00:00Z",
          "+99999-01-01T00:00:00Z",
          "1999-12-31T23:59:59Z",
          "2100-01-01T00:00:00Z",
          "tomorrow");

  /** Bad raw values (URL-encoded) for a path or query parameter of the schema. */
  static List<String> forParameter(ApiOperations.Parameter parameter) {
    JsonObject schema = parameter.schema();
    String type = schema.getString("type", schema.containsKey("enum") ? "string" : "");
    List<String> bad = new ArrayList<>();
    boolean numeric =
        type.equals("integer") || type.equals("number") || parameter.name().equals("id");
    if (numeric) {
      bad.addAll(
          List.of(
              "2147483647",
              "2147483648",
              "99999999999999999999",
              "-1",
              "1.5",
              "1e308",
              "abc",
              "0x10"));
    }
    if (schema.containsKey("enum")) {
      bad.add("NO_SUCH_VALUE");
    }
    if ("date-time".equals(schema.getString("format", ""))) {
      DATES.forEach(date -> bad.add(date.replace("+", "%2B")));
    }
    if (!numeric) {
      bad.add("x".repeat(300));
      bad.add("bad%20key!");
      bad.add("%0D%0ABcc:%20x");
    }
    return bad;
  }

  /** Bodies that are not JSON, or not a JSON object. */
  static final List<String> MALFORMED_BODIES =
      List.of(
          "{not json",
          "{\"a\":1,}",
          "{\"a\":",
          "[]",
          "\"text\"",
          "5",
          "[".repeat(5000) + "]".repeat(5000));

  private static Bad number(String what, String literal) {
    return new Bad(what, literal);
  }

  private static String lowerFirst(JsonObject schema) {
    return schema.getJsonArray("enum").getString(0).toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code {"x": [[…]]}}, {@code depth} levels deep. */
  private static String nested(int depth) {
    return "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }
}
