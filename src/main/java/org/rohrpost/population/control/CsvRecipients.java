package org.rohrpost.population.control;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * Reads recipients from CSV with a header row: an {@code email} column (required), an optional
 * {@code name} column, and every other column as template data. A file is UTF-8 ({@link #utf8}).
 * Rows are read one at a time, as they are consumed, so that a large file is never held whole.
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

  /** The longest row taken, in characters: far beyond the longest name, address and data kept. */
  static final int MAX_ROW = 1024 * 1024;

  private static final int BYTE_ORDER_MARK = '\uFEFF';

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
    } catch (IOException e) {
      throw unreadable(e);
    }
    return text;
  }

  /** The refusal of text that is not UTF-8. */
  public static InvalidInputException notUtf8() {
    return new InvalidInputException("csv", "is not UTF-8 text (save it as CSV UTF-8)");
  }

  /**
   * The rows of the CSV as they are read (close the stream). The header is read at once: a CSV
   * without an {@code email} column is refused before any row is; a row that cannot be read refuses
   * the CSV when it is reached, and so does a row longer than {@link #MAX_ROW} characters.
   */
  public static Stream<RecipientRow> stream(Reader csv) {
    RowSizeLimit limited = new RowSizeLimit(csv);
    CSVParser parser = readable(() -> parse(limited));
    limited.rowTaken(0);
    try {
      List<String> headers = parser.getHeaderNames();
      Map<String, String> columns = columns(headers);
      String email = columns.get("email");
      if (email == null) {
        throw new InvalidInputException("email", "the CSV header has no 'email' column");
      }
      String name = columns.get("name");
      Iterator<CSVRecord> records = parser.iterator();
      Iterator<RecipientRow> rows =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return readable(records::hasNext);
            }

            @Override
            public RecipientRow next() {
              RecipientRow row = row(readable(records::next), headers, email, name);
              limited.rowTaken(row.row());
              return row;
            }
          };
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(() -> close(parser));
    } catch (RuntimeException e) {
      close(parser);
      throw e;
    }
  }

  private static RecipientRow row(
      CSVRecord record, List<String> headers, String email, String name) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (String column : headers) {
      if (!column.equals(email) && !column.equals(name) && record.isSet(column)) {
        data.put(column, record.get(column));
      }
    }
    return new RecipientRow(
        (int) record.getRecordNumber(),
        record.isSet(email) ? record.get(email) : null,
        name != null && record.isSet(name) ? emptyToNull(record.get(name)) : null,
        data);
  }

  private static CSVParser parse(Reader csv) {
    try {
      return CSVParser.parse(csv, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A step of reading, whose failure to read the CSV refuses it (field {@code csv}). */
  private static <T> T readable(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException("csv", "cannot be read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    }
  }

  private static InvalidInputException unreadable(IOException e) {
    return e instanceof CharacterCodingException
        ? notUtf8()
        : new InvalidInputException("csv", "cannot be read: " + e.getMessage());
  }

  private static void close(CSVParser parser) {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /**
   * Counts the characters read since the last row was taken, and refuses the CSV once a row is
   * longer than {@link #MAX_ROW} (give or take the parser's read-ahead buffer of 8 KiB), before the
   * parser holds it.
   */
  private static final class RowSizeLimit extends FilterReader {
    private long sinceRow;
    private int nextRow;

    RowSizeLimit(Reader csv) {
      super(csv);
    }

    /** Row {@code row} was taken (0: the header was read). */
    void rowTaken(int row) {
      nextRow = row + 1;
      sinceRow = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count(1);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      sinceRow += n;
      if (sinceRow > MAX_ROW) {
        throw new InvalidInputException(
            "csv",
            (nextRow == 0 ? "the header" : "row " + nextRow)
                + " is longer than "
                + MAX_ROW
                + " characters");
      }
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
