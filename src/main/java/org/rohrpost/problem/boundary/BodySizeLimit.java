package org.rohrpost.problem.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/** Refuses request bodies over the limit before anything reads them. */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(
          Problem.response(
              Status.REQUEST_ENTITY_TOO_LARGE,
              "The body is larger than " + MAX_BYTES / (1024 * 1024) + " MiB."));
    }
  }
}
