package org.rohrpost.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.entity.Role;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.security.control.Users;
import org.rohrpost.security.entity.User;

/** The users who sign in, for administrators; passwords go in and never come out. */
@Path("users")
@Tag(name = "Users", description = "Who signs in: people with a password, applications with a key")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
  @Inject Users users;

  /** A user; {@code application}: one that calls the API with a key, not a person. */
  public record UserView(
      String username, Set<Role> roles, String client, boolean application, Instant createdAt) {
    static UserView of(User u) {
      return new UserView(
          u.username(),
          u.roles(),
          u.client() == null ? null : u.client().key(),
          u.isApplication(),
          u.createdAt());
    }
  }

  @POST
  @Operation(operationId = "createUser", summary = "Create a user")
  @APIResponseSchema(
      value = UserView.class,
      responseCode = "201",
      responseDescription = "The user, created")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response create(Users.NewUser body, @Context UriInfo uri) {
    User user = users.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build())
        .entity(UserView.of(user))
        .build();
  }

  @GET
  @Operation(operationId = "listUsers", summary = "List the users")
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @DELETE
  @Path("{username}")
  @Operation(
      operationId = "deleteUser",
      summary = "Delete a user, or revoke an application's API key")
  @APIResponse(responseCode = "204", description = "The user is deleted")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response delete(@PathParam("username") String username) {
    users.delete(username);
    return Response.noContent().build();
  }
}
