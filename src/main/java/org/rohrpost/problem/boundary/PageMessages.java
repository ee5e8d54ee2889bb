package org.rohrpost.problem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.ForbiddenException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * What the API answers with a problem body, said on a page: a message per invalid field, or the
 * refusal's one sentence. Anything else is not the user's doing and goes on to the error page.
 */
@RequestScoped
public class PageMessages {
  @Inject FacesContext faces;

  public void info(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public void error(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Says why a domain refused: field errors, a thing not there, a conflict with its state. */
  public void refused(RuntimeException refusal) {
    if (refusal instanceof InvalidInputException invalid) {
      invalid.errors().forEach(e -> error(e.field() + ": " + e.message()));
    } else if (refusal instanceof NotFoundException
        || refusal instanceof ConflictException
        || refusal instanceof ForbiddenException) {
      error(refusal.getMessage());
    } else {
      throw refusal;
    }
  }

  /** Keeps a message for the page a redirect leads to (shown by the layout as {@code #done}). */
  public void afterRedirect(String text) {
    faces.getExternalContext().getFlash().put("done", text);
  }
}
