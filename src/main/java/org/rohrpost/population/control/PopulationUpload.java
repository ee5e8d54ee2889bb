package org.rohrpost.population.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rohrpost.population.entity.PopulationMember;
import org.rohrpost.problem.control.EmailAddresses;
import org.rohrpost.problem.control.FieldErrors;

/**
 * Checks an upload row by row. A bad address is kept as an invalid member (generation skips and
 * counts it); a row without an address or repeating an earlier one is not kept. Both are reported,
 * never dropped silently.
 */
public final class PopulationUpload {
  public static final int MAX_DATA = 65_536;
  private static final int MAX_NAME = 500;
  private static final Jsonb JSON = JsonbBuilder.create();

  private PopulationUpload() {}

  /** A row that was not taken as it came, and why. */
  public record InvalidRow(int row, String email, String message) {}

  /** The members to store and the rows to report. */
  public record Checked(List<PopulationMember.Row> members, List<InvalidRow> invalidRows) {}

  public static Checked check(List<RecipientRow> rows) {
    List<PopulationMember.Row> members = new ArrayList<>(rows.size());
    List<InvalidRow> invalid = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (RecipientRow row : rows) {
      String email = row.email() == null ? "" : row.email().strip();
      if (email.isEmpty()) {
        invalid.add(new InvalidRow(row.row(), null, "has no e-mail address; not kept"));
        continue;
      }
      String problem = EmailAddresses.problem(email);
      String normalized = problem == null ? EmailAddresses.normalize(email) : email;
      Integer earlier = firstRow.putIfAbsent(normalized.toLowerCase(Locale.ROOT), row.row());
      if (earlier != null) {
        invalid.add(new InvalidRow(row.row(), email, "repeats row " + earlier + "; not kept"));
        continue;
      }
      String reason = reason(problem, row);
      if (reason != null) {
        invalid.add(new InvalidRow(row.row(), email, reason + "; kept, will be skipped"));
      }
      String stored = reason == null ? normalized : truncate(email, 320);
      members.add(
          new PopulationMember.Row(stored, truncate(row.name(), MAX_NAME), json(row), reason));
    }
    return new Checked(members, invalid);
  }

  /** Why the row's member will be skipped, {@code problem} its address's; null if it will not. */
  private static String reason(String problem, RecipientRow row) {
    if (problem != null) {
      return "not a valid e-mail address: " + problem;
    }
    if (row.name() != null
        && (row.name().length() > MAX_NAME || !FieldErrors.isSingleLine(row.name()))) {
      return "the name is too long or has line breaks";
    }
    String data = json(row);
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
