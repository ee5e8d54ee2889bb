package org.rohrpost.population.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.rohrpost.problem.control.InvalidInputException;

/**
 * Reads recipients from CSV with a header row: an {@code email} column (required), an optional
 * {@code name} column, and every other column as template data.
 */
public final class CsvRecipients {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .get();

  private CsvRecipients() {}

  public static List<RecipientRow> read(Reader csv) {
    try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
      Map<String, String> columns = columns(parser.getHeaderNames());
      String email = columns.get("email");
      if (email == null) {
        throw new InvalidInputException("email", "the CSV header has no 'email' column");
      }
      String name = columns.get("name");
      List<RecipientRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String column : parser.getHeaderNames()) {
          if (!column.equals(email) && !column.equals(name) && record.isSet(column)) {
            data.put(column, record.get(column));
          }
        }
        rows.add(
            new RecipientRow(
                (int) record.getRecordNumber(),
                record.isSet(email) ? record.get(email) : null,
                name != null && record.isSet(name) ? emptyToNull(record.get(name)) : null,
                data));
      }
      return rows;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException("csv", "cannot be read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new InvalidInputException("csv", "cannot be read: " + e.getCause().getMessage());
    } catch (IOException e) {
      throw new InvalidInputException("csv", "cannot be read: " + e.getMessage());
    }
  }

  /** Header names by their lower-case form, so that "Email" and "EMAIL" work too. */
  private static Map<String, String> columns(List<String> headers) {
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    for (String header : headers) {
      byLowerCase.putIfAbsent(header.toLowerCase(Locale.ROOT), header);
    }
    return byLowerCase;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
