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
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
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
  public List<ScheduleView> list(@PathParam("client") String client) {
    return schedules.of(client).stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  @Allowed(Permission.READ)
  public ScheduleView get(@PathParam("client") String client, @PathParam("id") long id) {
    return view(schedules.get(client, id));
  }

  @PUT
  @Path("{id}")
  public ScheduleView update(
      @PathParam("client") String client,
      @PathParam("id") long id,
      ScheduleRequest body,
      @Context SecurityContext caller) {
    return view(schedules.update(client, id, body, caller.getUserPrincipal().getName()));
  }

  @POST
  @Path("{id}/enable")
  public ScheduleView enable(@PathParam("client") String client, @PathParam("id") long id) {
    return view(schedules.enable(client, id, true));
  }

  @POST
  @Path("{id}/disable")
  public ScheduleView disable(@PathParam("client") String client, @PathParam("id") long id) {
    return view(schedules.enable(client, id, false));
  }

  @DELETE
  @Path("{id}")
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
