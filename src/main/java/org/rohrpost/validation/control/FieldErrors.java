package org.rohrpost.validation.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the errors of one request so that all of them are reported at once. */
public class FieldErrors {
  private static final Pattern LINE_BREAK_OR_CONTROL =
      Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  /** The earliest instant a request may name. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** How many years ahead of now a request may name an instant. */
  public static final int REACH_YEARS = 10;

  /** The last page of any list (the first is 0): a million rows at the most in. */
  public static final int MAX_PAGE = 10_000;

  private static final String PAGE = "page";

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

  /**
   * An optional ISO-8601 instant within {@link #isWithinReach reach}; null when absent or (with an
   * error) unreadable or out of reach.
   */
  public Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Instant instant = Instant.parse(value);
      return within(field, instant) ? instant : null;
    } catch (DateTimeParseException e) {
      add(field, "must be an ISO-8601 instant such as 2026-12-01T08:00:00Z");
      return null;
    }
  }

  /** True when the instant is within reach; records an error otherwise. */
  public boolean within(String field, Instant instant) {
    if (isWithinReach(instant, Instant.now())) {
      return true;
    }
    add(field, "must be from " + EARLIEST + " to " + REACH_YEARS + " years from now");
    return false;
  }

  /**
   * What any date of a request must be: from {@link #EARLIEST} to {@link #REACH_YEARS} years after
   * {@code now}; nothing Rohrpost does happens earlier or later.
   */
  public static boolean isWithinReach(Instant instant, Instant now) {
    return !instant.isBefore(EARLIEST)
        && !instant.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(REACH_YEARS).toInstant());
  }

  /** An optional whole number from min to max; true when absent or in range. */
  public boolean range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      add(field, "must be " + min + " to " + max);
      return false;
    }
    return true;
  }

  /** An optional number from min to max; true when absent or in range. */
  public boolean range(String field, Double value, double min, double max) {
    if (value != null && !(value >= min && value <= max)) {
      add(field, "must be " + plain(min) + " to " + plain(max));
      return false;
    }
    return true;
  }

  private static String plain(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /**
   * A whole number given as text, as a query parameter is: {@code absent} when it is not given,
   * from min to max; {@code absent} (with an error) when it is no such number.
   */
  public int wholeNumber(String field, String text, int absent, int min, int max) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (range(field, value, min, max)) {
        return value;
      }
    } catch (NumberFormatException e) {
      add(field, "must be a whole number from " + min + " to " + max);
    }
    return absent;
  }

  /** A page number (the first is 0) given as text; {@link #page(int)} says which there are. */
  public int page(String text) {
    return wholeNumber(PAGE, text, 0, 0, MAX_PAGE);
  }

  /** True when there may be such a page ({@link #isPage}); records an error otherwise. */
  public boolean page(int page) {
    return range(PAGE, page, 0, MAX_PAGE);
  }

  /** A page there may be: from 0 (the first) to {@link #MAX_PAGE}. */
  public static boolean isPage(int page) {
    return page >= 0 && page <= MAX_PAGE;
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
