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
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.population.control.CsvRecipients;
import org.rohrpost.population.control.PopulationUpload;
import org.rohrpost.population.control.Populations;
import org.rohrpost.population.control.RecipientRow;
import org.rohrpost.population.entity.Population;
import org.rohrpost.problem.boundary.LargeBody;
import org.rohrpost.validation.control.FieldErrors;

/** A client's populations, uploaded as JSON or as CSV with a header row. */
@Path("clients/{client}/populations")
@Tag(name = "Populations", description = "Who gets a communication: a client's recipient lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PopulationsResource {
  @Inject Populations populations;

  public record Recipient(String email, String name, Map<String, Object> data) {}

  public record Upload(List<Recipient> recipients) {}

  /**
   * {@code size}: members kept; {@code invalid}: rows with a problem, the first {@value
   * PopulationUpload#MAX_LISTED} of them in {@code invalidRows}.
   */
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
  @Operation(
      operationId = "replacePopulation",
      summary = "Create or replace a population (JSON or CSV)")
  @APIResponse(responseCode = "200", description = "The population: members kept, invalid rows")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  @RequestBody(
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Upload.class),
            examples =
                @ExampleObject(
                    name = "recipients",
                    summary = "Two recipients, one with data for the template",
                    value =
                        """
                        {"recipients": [
                          {"email": "ada@example.org", "name": "Ada", "data": {"city": "London"}},
                          {"email": "alan@example.org", "name": "Alan"}]}""")),
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING),
            examples =
                @ExampleObject(
                    name = "csv",
                    summary = "A header row naming the columns, then one row a recipient",
                    value =
                        "email,name,city\nada@example.org,Ada,London\nalan@example.org,Alan,\n"))
      })
  public UploadResult putJson(
      @PathParam("client") String client, @PathParam("key") String key, Upload body) {
    Stream<RecipientRow> rows = null;
    if (body != null && body.recipients() != null) {
      List<Recipient> recipients = body.recipients();
      FieldErrors errors = new FieldErrors();
      for (int i = 0; i < recipients.size(); i++) {
        errors.check(recipients.get(i) != null, "recipients[" + i + "]", "is empty");
      }
      errors.throwIfAny();
      rows =
          IntStream.range(0, recipients.size())
              .mapToObj(
                  i -> {
                    Recipient r = recipients.get(i);
                    return new RecipientRow(i + 1, r.email(), r.name(), r.data());
                  });
    }
    return result(populations.replace(client, key, rows));
  }

  /**
   * A CSV is read, checked and stored row by row as it arrives: it may be large. The same operation
   * as {@link #putJson} in the OpenAPI document, which describes both media types there.
   */
  @PUT
  @Path("{key}")
  @Consumes("text/csv")
  @LargeBody
  public UploadResult putCsv(
      @PathParam("client") String client, @PathParam("key") String key, InputStream csv) {
    try (Stream<RecipientRow> rows = CsvRecipients.stream(CsvRecipients.utf8(csv))) {
      return result(populations.replace(client, key, rows));
    }
  }

  @GET
  @Operation(operationId = "listPopulations", summary = "List a client's populations")
  public List<PopulationView> list(@PathParam("client") String client) {
    return populations.of(client).stream().map(PopulationView::of).toList();
  }

  @GET
  @Path("{key}")
  @Operation(operationId = "getPopulation", summary = "Get a population's size")
  public PopulationView get(@PathParam("client") String client, @PathParam("key") String key) {
    return PopulationView.of(populations.get(client, key));
  }

  private static UploadResult result(Populations.Replaced replaced) {
    Population p = replaced.population();
    PopulationUpload.Checked checked = replaced.checked();
    return new UploadResult(p.key(), p.size(), checked.invalid(), checked.invalidRows());
  }
}
