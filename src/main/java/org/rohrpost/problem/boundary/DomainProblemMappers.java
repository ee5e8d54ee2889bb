package org.rohrpost.problem.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.ForbiddenException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.InvalidInputException;

/** The domain's refusals as problem responses ({@link Problem#of}). */
public final class DomainProblemMappers {
  private DomainProblemMappers() {}

  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return Problem.of(e).orElseThrow().response();
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return Problem.of(e).orElseThrow().response();
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return Problem.of(e).orElseThrow().response();
    }
  }

  @Provider
  public static class Forbidden implements ExceptionMapper<ForbiddenException> {
    @Override
    public Response toResponse(ForbiddenException e) {
      return Problem.of(e).orElseThrow().response();
    }
  }
}
