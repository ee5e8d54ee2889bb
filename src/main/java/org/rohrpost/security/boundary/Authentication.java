package org.rohrpost.security.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.rohrpost.security.control.ApiKeys;
import org.rohrpost.security.control.SignedIn;
import org.rohrpost.security.entity.User;

/**
 * Who is calling, over the users of the identity store (ADR 19). The REST API takes HTTP Basic on
 * every request and never a session, so that a browser signed in to the pages cannot be made to
 * call the API by another site. The pages sign in once through the login page and then carry the
 * caller in their session; a page that needs a caller sends a browser without one to the login
 * page.
 */
@DeclareRoles({"ADMIN", "SCHEDULER", "APPROVER", "OPERATOR", "VIEWER"})
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API = "/api/";

  @Inject IdentityStoreHandler identities;
  @Inject ApiKeys apiKeys;

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
    CredentialValidationResult result =
        apiKey != null
            ? apiKeys.application(apiKey).map(Authentication::caller).orElse(INVALID_RESULT)
            : credential == null ? INVALID_RESULT : validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"rohrpost\"");
    return context.responseUnauthorized();
  }

  private AuthenticationStatus page(HttpServletRequest request, HttpMessageContext context) {
    Credential given =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (given instanceof UsernamePasswordCredential credential) {
      CredentialValidationResult result = validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId(); // a session id known before the login is worth nothing after it
      SignedIn signedIn =
          new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
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

  private static CredentialValidationResult caller(User application) {
    return new CredentialValidationResult(
        application.username(),
        application.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  /** The token of a Bearer authorization header, or null. */
  static String bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return identities.validate(credential);
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
