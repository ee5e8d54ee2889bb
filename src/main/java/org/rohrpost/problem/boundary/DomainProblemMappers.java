package org.rohrpost.problem.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.InvalidInputException;
import org.rohrpost.problem.control.NotFoundException;

/** The domain's refusals as problem responses. */
public final class DomainProblemMappers {
  private DomainProblemMappers() {}

  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return Problem.response(
          Problem.UNPROCESSABLE,
          "Unprocessable Content",
          "The request has invalid fields.",
          e.errors());
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return Problem.response(Status.NOT_FOUND, e.getMessage());
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return Problem.response(Status.CONFLICT, e.getMessage());
    }
  }
}
