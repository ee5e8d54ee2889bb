package org.rohrpost.problem.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.rohrpost.problem.control.FieldError;

/** An RFC 9457 problem body. */
@JsonbNillable(false)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  public static final int UNPROCESSABLE = 422;

  public static Response response(Response.StatusType status, String detail) {
    return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
  }

  public static Response response(
      int status, String title, String detail, List<FieldError> errors) {
    Problem body = new Problem("about:blank", title, status, detail, errors);
    return Response.status(status).type(MEDIA_TYPE).entity(body).build();
  }
}
