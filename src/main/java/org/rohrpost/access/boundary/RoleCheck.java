package org.rohrpost.access.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
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
import java.util.Optional;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.problem.boundary.Problem;

/**
 * Whether the caller may call an API method: the {@link Permission} it is {@link Allowed} (or
 * {@link PermitAll}), else its class's, else {@link Permission#ADMINISTER}, so a resource without a
 * word about permissions stays an administrator's. The same in every Jakarta REST runtime (Jersey
 * and RESTEasy differ in how they treat the standard annotations on plain resources). Callers were
 * authenticated by the servlet container.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Optional<Permission> needed = needed(method, resource.getResourceClass());
    SecurityContext caller = request.getSecurityContext();
    if (needed.isPresent() && !needed.get().isGrantedTo(caller::isUserInRole)) {
      request.abortWith(
          Problem.response(
              Status.FORBIDDEN, "This needs one of the roles " + needed.get().roleNames() + "."));
    }
  }

  /** The permission {@code method} of {@code resourceClass} needs, or none when anyone may. */
  static Optional<Permission> needed(Method method, Class<?> resourceClass) {
    for (AnnotatedElement element : new AnnotatedElement[] {method, resourceClass}) {
      if (element.isAnnotationPresent(Allowed.class)) {
        return Optional.of(element.getAnnotation(Allowed.class).value());
      }
      if (element.isAnnotationPresent(PermitAll.class)) {
        return Optional.empty();
      }
    }
    return Optional.of(Permission.ADMINISTER);
  }
}
