package org.rohrpost.population.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.rohrpost.population.entity.PopulationMember;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * Checks an upload row by row, as the rows come. A bad address is kept as an invalid member
 * (generation skips and counts it); a row without an address or repeating an earlier one is not
 * kept. Both are reported, never dropped silently: all are counted, the first {@link #MAX_LISTED}
 * listed. An upload of more than {@link #MAX_ROWS} rows is refused.
 */
public final class PopulationUpload {
  public static final int MAX_ROWS = 1_000_000;
  public static final int MAX_LISTED = 1_000;
  public static final int MAX_DATA = 65_536;
  private static final int MAX_NAME = 500;
  private static final int MAX_EMAIL = 320;
  private static final Jsonb JSON = JsonbBuilder.create();

  private final Map<String, Integer> firstRow = new HashMap<>();
  private final List<InvalidRow> listed = new ArrayList<>();
  private int rows;
  private int members;
  private int invalidMembers;
  private int invalidRows;

  /** A row that was not taken as it came, and why. */
  public record InvalidRow(int row, String email, String message) {}

  /**
   * What an upload came to: the members kept ({@code invalidMembers} of them with a bad address),
   * the rows reported ({@code invalid}), and the first of those.
   */
  public record Checked(
      int members, int invalidMembers, int invalid, List<InvalidRow> invalidRows) {}

  /** Checks every row without keeping any: what an upload would come to. */
  public static Checked check(Stream<RecipientRow> rows) {
    PopulationUpload upload = new PopulationUpload();
    rows.forEach(upload::take);
    return upload.checked();
  }

  /**
   * The member to keep for the row, or null when it is not kept; a problem is reported either way.
   */
  public PopulationMember.Row take(RecipientRow row) {
    if (++rows > MAX_ROWS) {
      throw new InvalidInputException("recipients", "at most " + MAX_ROWS + " per population");
    }
    String email = row.email() == null ? "" : row.email().strip();
    if (email.isEmpty()) {
      report(new InvalidRow(row.row(), null, "has no e-mail address; not kept"));
      return null;
    }
    String problem = EmailAddresses.problem(email);
    // an invalid address is at most MAX_EMAIL long, and a longer one is kept cut to that length
    String kept = truncate(email, MAX_EMAIL);
    String normalized = problem == null ? EmailAddresses.normalize(email) : kept;
    Integer earlier = firstRow.putIfAbsent(normalized.toLowerCase(Locale.ROOT), row.row());
    if (earlier != null) {
      report(new InvalidRow(row.row(), kept, "repeats row " + earlier + "; not kept"));
      return null;
    }
    String data = json(row);
    String reason = reason(problem, row, data);
    members++;
    if (reason != null) {
      invalidMembers++;
      report(new InvalidRow(row.row(), kept, reason + "; kept, will be skipped"));
    }
    return new PopulationMember.Row(
        reason == null ? normalized : kept,
        truncate(row.name(), MAX_NAME),
        data == null || data.length() > MAX_DATA ? null : data,
        reason);
  }

  /** What the rows taken so far came to. */
  public Checked checked() {
    return new Checked(members, invalidMembers, invalidRows, List.copyOf(listed));
  }

  private void report(InvalidRow row) {
    invalidRows++;
    if (listed.size() < MAX_LISTED) {
      listed.add(row);
    }
  }

  /** Why the row's member will be skipped, {@code problem} its address's; null if it will not. */
  private static String reason(String problem, RecipientRow row, String data) {
    if (problem != null) {
      return "not a valid e-mail address: " + problem;
    }
    if (row.name() != null
        && (row.name().length() > MAX_NAME || !FieldErrors.isSingleLine(row.name()))) {
      return "the name is too long or has line breaks";
    }
    if (data != null && data.length() > MAX_DATA) {
      return "the data is larger than " + MAX_DATA + " characters";
    }
    return null;
  }

  private static String json(RecipientRow row) {
    return row.data() == null || row.data().isEmpty() ? null : JSON.toJson(row.data());
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
