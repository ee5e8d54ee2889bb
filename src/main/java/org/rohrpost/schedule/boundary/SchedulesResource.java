package org.rohrpost.schedule.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.schedule.control.ScheduleRequest;
import org.rohrpost.schedule.control.Schedules;
import org.rohrpost.schedule.control.TaskRuns;
import org.rohrpost.schedule.entity.ScheduledTask;
import org.rohrpost.schedule.entity.TaskRun;

/**
 * A client's schedules. Schedulers and administrators define them (and are recorded as their
 * owner); everyone signed in may look.
 */
@Path("clients/{client}/schedules")
@Tag(name = "Schedules", description = "Communications run once or on a calendar, in a time zone")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.SCHEDULE)
public class SchedulesResource {
  static final int NEXT_DUE = 5;
  static final int RUNS = 20;

  @Inject Schedules schedules;
  @Inject TaskRuns runs;

  @POST
  @Operation(operationId = "createSchedule", summary = "Schedule a communication")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "weekly",
                    summary = "Mondays and Thursdays at 09:00 in Berlin, up to an hour late",
                    value =
                        """
                        {"communication": "hello", "timeZone": "Europe/Berlin",
                         "recurrence": {"frequency": "WEEKLY", "time": "09:00",
                                        "days": ["MONDAY", "THURSDAY"]},
                         "misfire": {"policy": "FIRE_LATE", "grace": "PT1H"}}"""),
                @ExampleObject(
                    name = "once",
                    summary = "Once, at an instant",
                    value =
                        """
                        {"communication": "hello", "timeZone": "Europe/Berlin",
                         "at": "2026-12-01T08:00:00Z"}""")
              }))
  @APIResponseSchema(
      value = ScheduleView.class,
      responseCode = "201",
      responseDescription = "The schedule, with its next due times")
  public Response create(
      @PathParam("client") String client,
      ScheduleRequest body,
      @Context UriInfo uri,
      @Context SecurityContext caller) {
    ScheduledTask task = schedules.create(client, body, caller.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(task.id().toString()).build())
        .entity(view(task))
        .build();
  }

  @GET
  @Allowed(Permission.READ)
  @Operation(operationId = "listSchedules", summary = "List a client's schedules")
  public List<ScheduleView> list(@PathParam("client") String client) {
    return schedules.of(client).stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  @Allowed(Permission.READ)
  @Operation(
      operationId = "getSchedule",
      summary = "Get a schedule with its next due times and latest runs")
  public ScheduleView get(@PathParam("client") String client, @PathParam("id") long id) {
    return view(schedules.get(client, id));
  }

  @PUT
  @Path("{id}")
  @Operation(operationId = "updateSchedule", summary = "Replace a schedule's definition")
  @APIResponse(responseCode = "200", description = "The schedule, changed")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public ScheduleView update(
      @PathParam("client") String client,
      @PathParam("id") long id,
      ScheduleRequest body,
      @Context SecurityContext caller) {
    return view(schedules.update(client, id, body, caller.getUserPrincipal().getName()));
  }

  @POST
  @Path("{id}/enable")
  @Operation(operationId = "enableSchedule", summary = "Run a disabled schedule again")
  @APIResponse(responseCode = "200", description = "The schedule, enabled")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public ScheduleView enable(@PathParam("client") String client, @PathParam("id") long id) {
    return view(schedules.enable(client, id, true));
  }

  @POST
  @Path("{id}/disable")
  @Operation(
      operationId = "disableSchedule",
      summary = "Pause a schedule (its due times meanwhile are not caught up)")
  @APIResponse(responseCode = "200", description = "The schedule, disabled")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public ScheduleView disable(@PathParam("client") String client, @PathParam("id") long id) {
    return view(schedules.enable(client, id, false));
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteSchedule", summary = "Delete a schedule and its runs")
  @APIResponse(responseCode = "204", description = "The schedule is deleted")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response delete(@PathParam("client") String client, @PathParam("id") long id) {
    schedules.delete(client, id);
    return Response.noContent().build();
  }

  private ScheduleView view(ScheduledTask task) {
    List<TaskRun> recent = runs.recent(task.id(), RUNS);
    Instant lastRun = recent.isEmpty() ? null : recent.get(0).dueAt();
    return ScheduleView.of(task, task.upcoming(Instant.now(), lastRun, NEXT_DUE), recent);
  }
}
