package org.rohrpost.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.rohrpost.problem.boundary.Problem;
import org.rohrpost.security.control.SignIn;
import org.rohrpost.security.control.SignedIn;

/**
 * Who is calling, over the users of the identity store (ADR 19). The REST API takes HTTP Basic on
 * every request and never a session, so that a browser signed in to the pages cannot be made to
 * call the API by another site. The pages sign in once through the login page and then carry the
 * caller in their session; a page that needs a caller sends a browser without one to the login
 * page. Failed sign-ins are throttled (ADR 23): the API answers 429 with {@code Retry-After}, the
 * login page reads {@link #RETRY_AFTER}. The API's refusals are problem bodies.
 */
@DeclareRoles({"ADMIN", "SCHEDULER", "APPROVER", "OPERATOR", "VIEWER"})
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";

  /** The request attribute holding how long a refused sign-in must wait (a Duration). */
  static final String RETRY_AFTER = "rohrpost.signIn.retryAfter";

  private static final String API = "/api/";

  @Inject SignIn signIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + API);
    SecurityHeaders.set(response, api);
    return api ? api(request, response, context) : page(request, context);
  }

  /** Basic with a user's password, or Bearer with an application's API key; never a session. */
  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    UsernamePasswordCredential credential = basicCredential(authorization);
    String apiKey = bearerToken(authorization);
    if (credential == null && apiKey == null && !context.isProtected()) {
      return context.doNothing();
    }
    String address = request.getRemoteAddr();
    SignIn.Outcome outcome =
        apiKey != null
            ? signIn.withApiKey(apiKey, address)
            : credential == null
                ? SignIn.Outcome.WRONG
                : signIn.withPassword(
                    credential.getCaller(), credential.getPasswordAsString(), address);
    if (outcome.signedIn().isPresent()) {
      SignedIn caller = outcome.signedIn().get();
      return context.notifyContainerAboutLogin(caller.name(), caller.roles());
    }
    if (outcome.refusedFor().isPresent()) {
      long seconds = seconds(outcome.refusedFor().get());
      response.setHeader("Retry-After", Long.toString(seconds));
      return refuse(
          response,
          Problem.of(
              Status.TOO_MANY_REQUESTS,
              "Too many failed sign-ins; try again in " + seconds + " s."));
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"rohrpost\"");
    return refuse(
        response, Problem.of(Status.UNAUTHORIZED, "Sign in with a user's password or an API key."));
  }

  /** Answers the API's refusal itself: the container would send an HTML page. */
  private static AuthenticationStatus refuse(HttpServletResponse response, Problem problem) {
    try {
      problem.writeTo(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Whole seconds, rounded up: a client waiting that long is not refused again. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private AuthenticationStatus page(HttpServletRequest request, HttpMessageContext context) {
    Credential given =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (given instanceof UsernamePasswordCredential credential) {
      SignIn.Outcome outcome =
          signIn.withPassword(
              credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
      if (outcome.signedIn().isEmpty()) {
        outcome.refusedFor().ifPresent(wait -> request.setAttribute(RETRY_AFTER, wait));
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId(); // a session id known before the login is worth nothing after it
      SignedIn signedIn = outcome.signedIn().get();
      request.getSession().setAttribute(SignedIn.SESSION_ATTRIBUTE, signedIn);
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.roles());
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn in) {
      return context.notifyContainerAboutLogin(in.name(), in.roles());
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + wanted(request));
    }
    return context.doNothing();
  }

  /** The page asked for, to go on to after the login (a link in a notice mail, say). */
  private static String wanted(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return URLEncoder.encode(query == null ? path : path + "?" + query, StandardCharsets.UTF_8);
  }

  /** The token of a Bearer authorization header, or null. */
  static String bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  /** The user name and password of a Basic authorization header, or null. */
  static UsernamePasswordCredential basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? null
        : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
