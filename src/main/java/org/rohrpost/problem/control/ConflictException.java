package org.rohrpost.problem.control;

/** A request that the current state of a thing does not allow; answered with 409. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
