package org.rohrpost.problem.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * How request bodies (REST and JMS) are bound from JSON: strictly. A whole-number field takes only
 * a whole number that fits it (1.5 is not 1, 2^31 does not wrap around), a number field only a
 * finite number, a boolean only true or false, a text only a JSON string, a map only a JSON object
 * (its values as strings, {@link BigDecimal}s, booleans, nulls, lists and maps). What breaks this
 * is refused naming its field (an {@link InvalidInputException}). Request records use boxed types.
 */
public final class StrictJson {
  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(
                  new WholeNumber(),
                  new FiniteNumber(),
                  new TrueOrFalse(),
                  new Text(),
                  new JsonObjectAsMap()));

  /** How JSON-B (Yasson) says which property it could not read; nested ones follow in order. */
  private static final Pattern PROPERTY =
      Pattern.compile("Unable to deserialize property '([^']+)' because of");

  private StrictJson() {}

  /** The binding for every request body; answers are written with it too. */
  public static Jsonb jsonb() {
    return JSONB;
  }

  /**
   * Reads a whole JSON text as the type.
   *
   * @throws InvalidInputException naming the field at fault, or {@code body} when it is no JSON
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      JsonNesting.check(json);
      return JSONB.fromJson(json, type);
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw refusal(e)
          .orElseGet(() -> new InvalidInputException("body", "is not a valid JSON request"));
    }
  }

  /**
   * The refusal a failure to read a body stands for: a field's value refused (by these rules or by
   * its JSON type), or the body nested too deep; empty when the body is simply no JSON.
   */
  public static Optional<InvalidInputException> refusal(Throwable failure) {
    Optional<InvalidInputException> invalid = Causes.find(failure, InvalidInputException.class);
    if (invalid.isPresent()) {
      return invalid;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException) {
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
        while (property.find()) {
          path.add(property.group(1));
        }
        if (!path.isEmpty()) {
          return Optional.of(new InvalidInputException(String.join(".", path), reasonIn(cause)));
        }
      }
    }
    return Optional.empty();
  }

  private static String reasonIn(Throwable failure) {
    return Causes.find(failure, Refused.class)
        .map(Refused::getMessage)
        .orElse("has the wrong JSON type");
  }

  /** A value these rules refuse; its message is what is wrong with it. */
  private static final class Refused extends JsonbException {
    Refused(String message) {
      super(message);
    }
  }

  /** The value, or null for JSON null; refused unless it is a number. */
  private static BigDecimal number(JsonParser parser, String kind) {
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      throw new Refused("must be " + kind);
    }
    return number.bigDecimalValue();
  }

  static final class WholeNumber implements JsonbDeserializer<Integer> {
    private static final String KIND =
        "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** 1.0 and 1e2 are whole numbers; 1.5 is not, nor is 2^31. */
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal n = number(parser, KIND);
      if (n == null) {
        return null;
      }
      if (n.compareTo(MIN) < 0 || n.compareTo(MAX) > 0 || n.stripTrailingZeros().scale() > 0) {
        throw new Refused("must be " + KIND);
      }
      return n.intValue();
    }
  }

  static final class FiniteNumber implements JsonbDeserializer<Double> {
    private static final String KIND = "a number of at most 1.7976931348623157E308";

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal n = number(parser, KIND);
      if (n == null) {
        return null;
      }
      double d = n.doubleValue();
      if (Double.isInfinite(d)) {
        throw new Refused("must be " + KIND);
      }
      return d;
    }
  }

  static final class TrueOrFalse implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case NULL -> null;
        case TRUE -> true;
        case FALSE -> false;
        default -> throw new Refused("must be true or false");
      };
    }
  }

  static final class Text implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (!(value instanceof JsonString text)) {
        throw new Refused("must be a string");
      }
      return text.getString();
    }
  }

  static final class JsonObjectAsMap implements JsonbDeserializer<Map<String, Object>> {
    @Override
    public Map<String, Object> deserialize(
        JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (!(value instanceof JsonObject object)) {
        throw new Refused("must be a JSON object");
      }
      return map(object);
    }

    private static Map<String, Object> map(JsonObject object) {
      Map<String, Object> map = new LinkedHashMap<>();
      object.forEach((key, value) -> map.put(key, plain(value)));
      return map;
    }

    /** JsonNesting keeps the recursion shallow. */
    private static Object plain(JsonValue value) {
      return switch (value.getValueType()) {
        case OBJECT -> map(value.asJsonObject());
        case ARRAY -> value.asJsonArray().stream().map(JsonObjectAsMap::plain).toList();
        case STRING -> ((JsonString) value).getString();
        case NUMBER -> ((JsonNumber) value).bigDecimalValue();
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
      };
    }
  }
}
