package org.rohrpost.security.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.rohrpost.problem.boundary.Problem;
import org.rohrpost.security.entity.Role;

/**
 * Which roles may call an API method: its {@link RolesAllowed} (or {@link PermitAll}), else its
 * class's, else {@code ADMIN} only, so a resource without a word about roles stays an
 * administrator's. The same in every Jakarta REST runtime (Jersey and RESTEasy differ in how they
 * treat these annotations on plain resources). Callers were authenticated by the servlet container.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {
  private static final String[] ADMIN_ONLY = {Role.ADMIN.name()};

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    String[] allowed = allowed(method, resource.getResourceClass());
    if (allowed == null) {
      return;
    }
    SecurityContext caller = request.getSecurityContext();
    if (Arrays.stream(allowed).noneMatch(caller::isUserInRole)) {
      request.abortWith(
          Problem.response(
              Status.FORBIDDEN, "This needs one of the roles " + String.join(", ", allowed) + "."));
    }
  }

  /** The roles allowed to call {@code method} of {@code resourceClass}, or null when anyone may. */
  static String[] allowed(Method method, Class<?> resourceClass) {
    for (AnnotatedElement element : new AnnotatedElement[] {method, resourceClass}) {
      if (element.isAnnotationPresent(RolesAllowed.class)) {
        return element.getAnnotation(RolesAllowed.class).value();
      }
      if (element.isAnnotationPresent(PermitAll.class)) {
        return null;
      }
    }
    return ADMIN_ONLY;
  }
}
