package org.rohrpost.demo.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.client.control.ClientScope;
import org.rohrpost.demo.control.DemoSink;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.FieldErrors;

/** What the demo SMTP sink has received, for a user of every client. */
@Path("demo/mailbox")
@Tag(name = "Demo", description = "The demo SMTP sink of the embedded defaults")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemoMailboxResource {
  @Inject DemoSink sink;
  @Inject ClientScope scope;

  public record Mailbox(int received, List<DemoSink.Received> newest) {}

  @GET
  @Operation(operationId = "readDemoMailbox", summary = "Read what the demo SMTP sink received")
  @APIResponse(responseCode = "200", description = "The count and the newest messages")
  @APIResponse(responseCode = "404", ref = ProblemAnswers.NOT_FOUND) // the demo sink is off
  public Mailbox list(
      @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String limit) {
    scope.requireEveryClient("read the demo mailbox, which holds every client's mail");
    if (!sink.isRunning()) {
      throw new NotFoundException("Demo mailbox", "ROHRPOST_DEMO_SMTP_PORT=0");
    }
    FieldErrors errors = new FieldErrors();
    int wanted = errors.wholeNumber("limit", limit, 50, 1, 1000);
    errors.throwIfAny();
    return new Mailbox(sink.count(), sink.newest(wanted));
  }
}
