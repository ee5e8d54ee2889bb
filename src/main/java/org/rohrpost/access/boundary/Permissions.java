package org.rohrpost.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.rohrpost.problem.control.ForbiddenException;

/**
 * What the caller may do on a page: exactly what the API method doing the same allows ({@link
 * RoleCheck} reads the same roles), so that who may do what is written once, on the API.
 */
@ApplicationScoped
public class Permissions {
  @Inject SecurityContext security;

  /** Whether the caller may call the API method named {@code method} of {@code resource}. */
  public boolean allow(Class<?> resource, String method) {
    String[] roles = RoleCheck.allowed(declared(resource, method), resource);
    return roles == null || Arrays.stream(roles).anyMatch(security::isCallerInRole);
  }

  /** Refuses with a clear sentence what {@link #allow} does not allow. */
  public void require(Class<?> resource, String method, String what) {
    if (!allow(resource, method)) {
      throw new ForbiddenException("Your roles do not allow you to " + what + ".");
    }
  }

  private static Method declared(Class<?> resource, String name) {
    return Arrays.stream(resource.getMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(resource + " has no method " + name));
  }
}
