package org.rohrpost.population.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rohrpost.population.control.CsvRecipients;
import org.rohrpost.population.control.PopulationUpload;
import org.rohrpost.population.control.Populations;
import org.rohrpost.population.control.RecipientRow;
import org.rohrpost.population.entity.Population;

/** A client's populations, uploaded as JSON or as CSV with a header row. */
@Path("clients/{client}/populations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PopulationsResource {
  @Inject Populations populations;

  public record Recipient(String email, String name, Map<String, Object> data) {}

  public record Upload(List<Recipient> recipients) {}

  /** {@code size}: members kept; {@code invalid}: rows reported in {@code invalidRows}. */
  public record UploadResult(
      String key, int size, int invalid, List<PopulationUpload.InvalidRow> invalidRows) {}

  public record PopulationView(
      String key, int size, int invalid, Instant createdAt, Instant updatedAt) {
    static PopulationView of(Population p) {
      return new PopulationView(p.key(), p.size(), p.invalid(), p.createdAt(), p.updatedAt());
    }
  }

  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UploadResult putJson(
      @PathParam("client") String client, @PathParam("key") String key, Upload body) {
    List<RecipientRow> rows = null;
    if (body != null && body.recipients() != null) {
      rows = new ArrayList<>(body.recipients().size());
      int row = 0;
      for (Recipient r : body.recipients()) {
        row++;
        rows.add(
            r == null
                ? new RecipientRow(row, null, null, null)
                : new RecipientRow(row, r.email(), r.name(), r.data()));
      }
    }
    return result(populations.replace(client, key, rows));
  }

  @PUT
  @Path("{key}")
  @Consumes("text/csv")
  public UploadResult putCsv(
      @PathParam("client") String client, @PathParam("key") String key, InputStream csv) {
    return result(populations.replace(client, key, CsvRecipients.read(CsvRecipients.utf8(csv))));
  }

  @GET
  public List<PopulationView> list(@PathParam("client") String client) {
    return populations.of(client).stream().map(PopulationView::of).toList();
  }

  @GET
  @Path("{key}")
  public PopulationView get(@PathParam("client") String client, @PathParam("key") String key) {
    return PopulationView.of(populations.get(client, key));
  }

  private static UploadResult result(Populations.Replaced replaced) {
    Population p = replaced.population();
    return new UploadResult(
        p.key(), p.size(), replaced.invalidRows().size(), replaced.invalidRows());
  }
}
