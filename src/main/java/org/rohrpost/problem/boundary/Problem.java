package org.rohrpost.problem.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.ForbiddenException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.FieldError;
import org.rohrpost.validation.control.InvalidInputException;

/** An RFC 9457 problem body. */
@JsonbNillable(false)
@Schema(
    description =
        "An RFC 9457 problem: title and status as HTTP says, detail in a sentence; errors names"
            + " each invalid field of a refused request.")
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String TYPE = "application/problem+json";
  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  public static final int UNPROCESSABLE = 422;
  public static final int TOO_LARGE = 413;
  private static final String ABOUT_BLANK = "about:blank";
  private static final Jsonb JSON = JsonbBuilder.create();

  public static Response response(Response.StatusType status, String detail) {
    return of(status, detail).response();
  }

  /** The problem a domain refusal stands for; empty for any other failure. */
  public static Optional<Problem> of(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return Optional.of(unprocessable("The request has invalid fields.", invalid.errors()));
    }
    if (e instanceof NotFoundException) {
      return Optional.of(of(Response.Status.NOT_FOUND, e.getMessage()));
    }
    if (e instanceof ConflictException) {
      return Optional.of(of(Response.Status.CONFLICT, e.getMessage()));
    }
    if (e instanceof ForbiddenException) {
      return Optional.of(of(Response.Status.FORBIDDEN, e.getMessage()));
    }
    return Optional.empty();
  }

  /** 422 with the fields at fault. */
  public static Problem unprocessable(String detail, List<FieldError> errors) {
    return new Problem(ABOUT_BLANK, "Unprocessable Content", UNPROCESSABLE, detail, errors);
  }

  /** 413 under its name in RFC 9110, from the API, the pages' filters and servlets alike. */
  public static Problem tooLarge(String detail) {
    return new Problem(ABOUT_BLANK, "Content Too Large", TOO_LARGE, detail, null);
  }

  public static Problem of(Response.StatusType status, String detail) {
    return new Problem(ABOUT_BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  /** The problem as an answer. */
  public Response response() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /**
   * The problem as the answer of a servlet, a filter or the authentication mechanism, where no
   * Jakarta REST runtime answers.
   */
  public void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE.toString());
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(this));
  }
}
