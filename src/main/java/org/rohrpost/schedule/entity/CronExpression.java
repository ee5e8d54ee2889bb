package org.rohrpost.schedule.entity;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads a calendar expression in the five fields of cron: minute (0-59), hour (0-23), day of month
 * (1-31, or {@code L} for the last day), month (1-12 or JAN-DEC) and day of week (0-7 or SUN-SAT, 0
 * and 7 both Sunday). Each field is {@code *}, a value, a range {@code a-b}, a step {@code * /n} or
 * {@code a-b/n}, or a comma-separated list of these. Example: {@code 30 8 * * MON-FRI}.
 */
public final class CronExpression {
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private CronExpression() {}

  /**
   * The rule of the expression.
   *
   * @throws IllegalArgumentException naming the field and what is wrong with it
   */
  public static CalendarRule parse(String expression) {
    String[] fields = expression == null ? new String[0] : expression.trim().split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "must have five fields: minute hour day-of-month month day-of-week, e.g. '0 9 * * MON-FRI'");
    }
    boolean last = false;
    String dayOfMonth = fields[2];
    if (dayOfMonth.equalsIgnoreCase("L")) {
      last = true;
      dayOfMonth = null;
    }
    BitSet weekdays = field("day of week", fields[4], 0, 7, DAYS);
    if (weekdays.get(0)) {
      weekdays.set(7);
    }
    weekdays.clear(0);
    return new CalendarRule(
        field("minute", fields[0], 0, 59, List.of()),
        field("hour", fields[1], 0, 23, List.of()),
        dayOfMonth == null ? new BitSet() : field("day of month", dayOfMonth, 1, 31, List.of()),
        last,
        field("month", fields[3], 1, 12, MONTHS),
        weekdays,
        false);
  }

  private static BitSet field(String name, String text, int min, int max, List<String> names) {
    BitSet values = new BitSet();
    for (String part : text.split(",", -1)) {
      int slash = part.indexOf('/');
      String range = slash < 0 ? part : part.substring(0, slash);
      int step = slash < 0 ? 1 : number(name, part.substring(slash + 1), 1, max, List.of());
      int from;
      int to;
      if (range.equals("*")) {
        from = min;
        to = max;
      } else if (range.indexOf('-') > 0) {
        from = number(name, range.substring(0, range.indexOf('-')), min, max, names);
        to = number(name, range.substring(range.indexOf('-') + 1), min, max, names);
        if (to < from) {
          throw new IllegalArgumentException(name + ": range " + range + " runs backwards");
        }
      } else {
        from = number(name, range, min, max, names);
        to = slash < 0 ? from : max;
      }
      for (int v = from; v <= to; v += step) {
        values.set(v);
      }
    }
    return values;
  }

  private static int number(String name, String text, int min, int max, List<String> names) {
    int index = names.indexOf(text.toUpperCase(Locale.ROOT));
    if (index >= 0) {
      return index + (names.size() == 12 ? 1 : 0);
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        name + ": '" + text + "' is not a value from " + min + " to " + max);
  }
}
