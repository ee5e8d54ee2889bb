package org.rohrpost.adhoc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rohrpost.problem.control.StrictJson;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * A request from another application: the ad-hoc JSON of API.md with its {@code client}, accepted
 * as an ad-hoc batch. Its message id makes a request delivered again (after a crash between
 * accepting and acknowledging it) find the batch it made.
 */
@ApplicationScoped
public class Requests {
  /** The queue other applications send to (physical name). */
  public static final String QUEUE = "rohrpost.requests";

  /** Where refused requests go, with the reason in {@link #ERROR_PROPERTY}. */
  public static final String DEAD_LETTERS = "rohrpost.requests.DLQ";

  public static final String ERROR_PROPERTY = "rohrpostError";

  @Inject AdhocSubmission submission;

  /**
   * Accepts the request.
   *
   * @throws InvalidInputException when the body is no JSON request or its fields are wrong
   * @throws org.rohrpost.problem.control.NotFoundException for an unknown client
   */
  public AdhocSubmission.Result accept(String body, String requestId) {
    AdhocRequest request = parse(body);
    FieldErrors errors = new FieldErrors();
    errors.required("client", request.client());
    errors.throwIfAny();
    return submission.submit(request.client(), request, requestId);
  }

  private static AdhocRequest parse(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "is empty; expected the ad-hoc request as JSON");
    }
    AdhocRequest request = StrictJson.read(body, AdhocRequest.class);
    if (request == null) {
      throw new InvalidInputException("body", "must be a JSON object");
    }
    return request;
  }
}
