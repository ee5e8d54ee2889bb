package org.rohrpost.validation.control;

import java.util.List;

/** Input that breaks a rule; answered with 422 and the field errors, and nothing is changed. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("Invalid input: " + errors);
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
