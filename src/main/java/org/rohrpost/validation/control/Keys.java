package org.rohrpost.validation.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The one rule for keys that name things in URLs (clients, message systems, ...). */
public final class Keys {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Keys() {}

  public static void check(FieldErrors errors, String field, String key) {
    if (errors.required(field, key) && !KEY.matcher(key).matches()) {
      errors.add(
          field,
          "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  /** Parses an enum value that may be left out (null when it is). */
  public static <E extends Enum<E>> E optional(
      FieldErrors errors, String field, String value, Class<E> type) {
    return value == null ? null : parse(errors, field, value, type, null);
  }

  /**
   * Parses a list of enum values, each named by its place ({@code roles[1]}); null entries and
   * unknown values are errors, and are left out of the answer.
   */
  public static <E extends Enum<E>> Set<E> all(
      FieldErrors errors, String field, List<String> values, Class<E> type) {
    Set<E> all = EnumSet.noneOf(type);
    for (int i = 0; i < values.size(); i++) {
      E value = parse(errors, field + "[" + i + "]", values.get(i), type, null);
      if (value != null) {
        all.add(value);
      }
    }
    return all;
  }

  /**
   * Parses an enum value, recording an error that lists the allowed values; a missing value is the
   * fallback, or an error when there is none.
   */
  public static <E extends Enum<E>> E parse(
      FieldErrors errors, String field, String value, Class<E> type, E fallback) {
    if (value == null || value.isBlank()) {
      if (fallback == null) {
        errors.add(field, "is required");
      }
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    errors.add(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    return fallback;
  }
}
