package org.rohrpost.problem.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.rohrpost.problem.control.BodyLimits;
import org.rohrpost.problem.control.BodyTooLargeException;
import org.rohrpost.problem.control.LimitedBody;

/**
 * Limits every API request's body while it is read, however it is sent: a declared {@code
 * Content-Length} over the limit is refused before anything is read, and a body (chunked or not)
 * that grows past it stops being read. Either is answered 413, whatever the reader made of the
 * exception its stream threw (a JSON parser wraps it, a transaction rolls back). The limit is
 * {@link BodyLimits#body}, or {@link BodyLimits#csv} for a {@link LargeBody} method.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String BODY = LimitedBody.class.getName();

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    long limit =
        method != null && method.isAnnotationPresent(LargeBody.class)
            ? BodyLimits.csv()
            : BodyLimits.body();
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(new BodyTooLargeException(limit)));
      return;
    }
    LimitedBody body = new LimitedBody(request.getEntityStream(), limit);
    request.setProperty(BODY, body);
    request.setEntityStream(body);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(BODY) instanceof LimitedBody body
        && body.exceeded()
        && response.getStatus() != Problem.TOO_LARGE) {
      Response problem = tooLarge(new BodyTooLargeException(body.limit()));
      response.setStatusInfo(problem.getStatusInfo());
      response.setEntity(problem.getEntity(), new Annotation[0], Problem.MEDIA_TYPE);
    }
  }

  static Response tooLarge(BodyTooLargeException e) {
    return Problem.tooLarge(e.getMessage()).response();
  }

  /** A body too large that reached the API unwrapped: 413, not an unexpected failure. */
  @Provider
  public static class TooLarge implements ExceptionMapper<BodyTooLargeException> {
    @Override
    public Response toResponse(BodyTooLargeException e) {
      return tooLarge(e);
    }
  }
}
