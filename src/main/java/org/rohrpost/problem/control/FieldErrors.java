package org.rohrpost.problem.control;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the errors of one request so that all of them are reported at once. */
public class FieldErrors {
  private static final Pattern LINE_BREAK_OR_CONTROL =
      Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  /** Beyond this many, further errors are summed up in one, to keep the answer small. */
  static final int MAX_REPORTED = 100;

  private final List<FieldError> errors = new ArrayList<>();
  private int omitted;

  public FieldErrors add(String field, String message) {
    if (errors.size() < MAX_REPORTED) {
      errors.add(new FieldError(field, message));
    } else {
      omitted++;
    }
    return this;
  }

  /** True when the value is present; records an error otherwise. */
  public boolean required(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
      return false;
    }
    return true;
  }

  public void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "is longer than " + max + " characters");
    }
  }

  /** Header values must stay on one line: CR, LF and the other line breaks are refused. */
  public void singleLine(String field, String value) {
    if (value != null && LINE_BREAK_OR_CONTROL.matcher(value).find()) {
      add(field, "must not contain line breaks or control characters");
    }
  }

  public static boolean isSingleLine(String value) {
    return !LINE_BREAK_OR_CONTROL.matcher(value).find();
  }

  /** A plain e-mail address (no display name) that can be sent ({@link EmailAddresses}). */
  public boolean email(String field, String value) {
    if (!required(field, value)) {
      return false;
    }
    String problem = EmailAddresses.problem(value);
    if (problem != null) {
      add(field, "is not a valid e-mail address: " + problem);
      return false;
    }
    return true;
  }

  /** An optional ISO-8601 instant; null when absent or (with an error) unreadable. */
  public Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      add(field, "must be an ISO-8601 instant such as 2026-12-01T08:00:00Z");
      return null;
    }
  }

  /**
   * An optional ISO-8601 duration from {@code min} to {@code max}; null when absent or (with an
   * error) unreadable or out of range.
   */
  public Duration duration(String field, String value, Duration min, Duration max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Duration duration = Duration.parse(value);
      if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
        add(field, "must be from " + min + " to " + max);
        return null;
      }
      return duration;
    } catch (DateTimeParseException e) {
      add(field, "must be an ISO-8601 duration such as PT1H");
      return null;
    }
  }

  public void check(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (errors.isEmpty()) {
      return;
    }
    List<FieldError> reported = new ArrayList<>(errors);
    if (omitted > 0) {
      reported.add(new FieldError("", omitted + " more errors are not listed"));
    }
    throw new InvalidInputException(reported);
  }
}
