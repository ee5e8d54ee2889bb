package org.rohrpost.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * The plain values a page's form posts beside its components (a hidden {@code id}, say). A postback
 * decides which buttons exist, and so whether their action runs, before the page's view parameters
 * are applied: what a button's {@code rendered} needs must come with the post.
 */
@RequestScoped
public class Posted {
  @Inject FacesContext faces;

  /** The posted value, or null. */
  public String text(String name) {
    return faces.getExternalContext().getRequestParameterMap().get(name);
  }

  /** The posted number, or null when there is none or it is not a number. */
  public Long id(String name) {
    try {
      String posted = text(name);
      return posted == null ? null : Long.valueOf(posted);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }
}
