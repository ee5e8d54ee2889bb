package org.rohrpost.wizard.boundary;

import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rohrpost.population.control.PopulationUpload;
import org.rohrpost.population.control.RecipientRow;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/**
 * The population step's fields: an existing population of the client, or a CSV upload to be saved
 * under a new key (an upload, once taken, is the choice until it is removed).
 */
public class Recipients implements Serializable {
  private static final long serialVersionUID = 1L;

  private String population;
  private String newPopulation;
  private Upload upload;
  private transient Part file;

  /** The population the communication will use. */
  String key() {
    return upload != null ? newPopulation : population;
  }

  /** The rows to save as a new population, or null to use an existing one. */
  Stream<RecipientRow> rowsToSave() {
    return upload == null ? null : upload.rows();
  }

  /** Whom the preview renders the message for: the first valid member uploaded, or Erika. */
  RecipientRow sample() {
    Stream<RecipientRow> rows = upload == null ? Stream.empty() : upload.rows();
    return rows.filter(row -> row.email() != null && EmailAddresses.isValid(row.email().strip()))
        .findFirst()
        .orElse(new RecipientRow(1, "erika@example.org", "Erika Mustermann", Map.of()));
  }

  void check(FieldErrors errors) {
    if (upload != null) {
      Keys.check(errors, "newPopulation", newPopulation);
    } else {
      errors.required("population", population);
    }
  }

  /** The file sent along with the form, if any (the browser sends an empty part for none). */
  Part takeFile() {
    Part sent = file;
    file = null;
    boolean none =
        sent == null
            || sent.getSize() == 0
                && (sent.getSubmittedFileName() == null || sent.getSubmittedFileName().isBlank());
    return none ? null : sent;
  }

  /** Takes an upload, to be saved as {@code defaultKey} unless another key was entered. */
  void take(Upload taken, String defaultKey) {
    upload = taken;
    if (newPopulation == null || newPopulation.isBlank()) {
      newPopulation = defaultKey;
    }
  }

  void removeUpload() {
    upload = null;
  }

  /** The first rows with a problem ({@link PopulationUpload#MAX_LISTED} at most). */
  public List<PopulationUpload.InvalidRow> getInvalidRows() {
    return upload == null ? List.of() : upload.checked().invalidRows();
  }

  /** How many rows have a problem. */
  public int getInvalidCount() {
    return upload == null ? 0 : upload.checked().invalid();
  }

  public int getUploadedMembers() {
    return upload == null ? 0 : upload.checked().members();
  }

  public Upload getUpload() {
    return upload;
  }

  public String getPopulation() {
    return population;
  }

  public void setPopulation(String population) {
    this.population = population;
  }

  public String getNewPopulation() {
    return newPopulation;
  }

  public void setNewPopulation(String newPopulation) {
    this.newPopulation = newPopulation;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
