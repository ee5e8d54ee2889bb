package org.rohrpost.problem.control;

/** A named thing that does not exist (or that the caller may not see); answered with 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what, Object key) {
    super(what + " '" + key + "' does not exist");
  }
}
