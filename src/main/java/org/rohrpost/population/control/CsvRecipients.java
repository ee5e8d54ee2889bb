package org.rohrpost.population.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * {@code name} column, and every other column as template data. A file is UTF-8 ({@link #utf8}).
 */
public final class CsvRecipients {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .get();

  private CsvRecipients() {}

  /**
   * The text of a CSV file or body: UTF-8, after the byte order mark that spreadsheets write if
   * there is one. Bytes that are not UTF-8 are refused when read, not turned into other text.
   */
  public static Reader utf8(InputStream csv) {
    PushbackReader text =
        new PushbackReader(
            new InputStreamReader(
                csv,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    try {
      int first = text.read();
      if (first >= 0 && first != BYTE_ORDER_MARK) {
        text.unread(first);
      }
    } catch (CharacterCodingException e) {
      throw notUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text;
  }

  /** The refusal of text that is not UTF-8. */
  public static InvalidInputException notUtf8() {
    return new InvalidInputException("csv", "is not UTF-8 text (save it as CSV UTF-8)");
  }

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
      throw unreadable(e.getCause());
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static InvalidInputException unreadable(IOException e) {
    return e instanceof CharacterCodingException
        ? notUtf8()
        : new InvalidInputException("csv", "cannot be read: " + e.getMessage());
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
