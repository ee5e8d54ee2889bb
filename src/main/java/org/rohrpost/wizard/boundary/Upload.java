package org.rohrpost.wizard.boundary;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.stream.Stream;
import org.rohrpost.population.control.CsvRecipients;
import org.rohrpost.population.control.PopulationUpload;
import org.rohrpost.population.control.RecipientRow;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * A CSV file uploaded in the wizard, kept as text in the flow until the mailing is saved (so that
 * nothing is stored if the wizard is left), read and checked as the API reads and checks it.
 */
public class Upload implements Serializable {
  private static final long serialVersionUID = 1L;
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private final String fileName;
  private final String csv;
  private transient PopulationUpload.Checked checked;

  private Upload(String fileName, String csv) {
    this.fileName = fileName;
    this.csv = csv;
  }

  /** The file read, or a refusal of the field {@code file}: too large, not CSV, unreadable. */
  static Upload of(Part part) {
    String name = part.getSubmittedFileName();
    if (part.getSize() > MAX_BYTES) {
      throw new InvalidInputException("file", "is larger than 20 MiB");
    }
    String type = part.getContentType() == null ? "" : part.getContentType();
    boolean csvName = name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv");
    if (!csvName && !type.startsWith("text/csv")) {
      throw new InvalidInputException("file", "is not a CSV file (.csv)");
    }
    try (Reader in = CsvRecipients.utf8(part.getInputStream())) {
      StringWriter text = new StringWriter();
      in.transferTo(text);
      Upload upload = new Upload(name, text.toString());
      upload.checked(); // refuses a CSV without an email column, unreadable or too long
      return upload;
    } catch (CharacterCodingException e) {
      throw CsvRecipients.notUtf8();
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException("file", "cannot be read: " + e.getMessage());
    }
  }

  /** The rows, read from the kept text as they are consumed (nothing to close). */
  public Stream<RecipientRow> rows() {
    return CsvRecipients.stream(new StringReader(csv));
  }

  /** What the population will keep and report of the rows (read once, kept while in memory). */
  public PopulationUpload.Checked checked() {
    if (checked == null) {
      checked = PopulationUpload.check(rows());
    }
    return checked;
  }

  public String getFileName() {
    return fileName;
  }
}
