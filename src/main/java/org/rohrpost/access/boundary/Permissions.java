package org.rohrpost.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.problem.control.ForbiddenException;

/**
 * What the caller may do on a page: a page asks for the {@link Permission} that the API method
 * doing the same thing is {@link Allowed}, so that who may do what is written once.
 */
@ApplicationScoped
public class Permissions {
  @Inject SecurityContext security;

  /** Whether the caller has the permission. */
  public boolean allow(Permission permission) {
    return permission.isGrantedTo(security::isCallerInRole);
  }

  /** Refuses with a clear sentence what {@link #allow} does not allow. */
  public void require(Permission permission, String what) {
    if (!allow(permission)) {
      throw new ForbiddenException("Your roles do not allow you to " + what + ".");
    }
  }
}
