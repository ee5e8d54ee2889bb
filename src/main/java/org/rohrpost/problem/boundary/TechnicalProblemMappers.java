package org.rohrpost.problem.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.problem.control.StrictJson;
import org.rohrpost.validation.control.InvalidInputException;

/** Framework errors (bad JSON, unknown path, wrong method) and unexpected failures as problems. */
public final class TechnicalProblemMappers {
  private static final Logger LOG = Logger.getLogger(TechnicalProblemMappers.class.getName());

  private TechnicalProblemMappers() {}

  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (isAboutJson(e)) {
        return unreadable(e);
      }
      Response.StatusType status = e.getResponse().getStatusInfo();
      return Problem.response(status, status.getReasonPhrase());
    }
  }

  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return unreadable(e);
    }
  }

  @Provider
  public static class Json implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadable(e);
    }
  }

  private static boolean isAboutJson(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonException
          || cause instanceof JsonbException
          || cause instanceof InvalidInputException) {
        return true;
      }
    }
    return false;
  }

  /** A body that could not be read: 422 naming the field at fault where it is known, else 400. */
  private static Response unreadable(Exception e) {
    return StrictJson.refusal(e)
        .flatMap(Problem::of)
        .map(Problem::response)
        .orElseGet(
            () ->
                Problem.response(
                    Status.BAD_REQUEST, "The body is not valid JSON for this request."));
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
      return Problem.response(
          Status.INTERNAL_SERVER_ERROR, "Unexpected failure; incident " + incident + " is logged.");
    }
  }
}
