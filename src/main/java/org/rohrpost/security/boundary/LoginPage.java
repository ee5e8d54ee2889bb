package org.rohrpost.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The login page: signs a user in with {@link Authentication}, and out again. After the login it
 * goes on to the page that sent the user here ({@code next}), if that is one of the admin pages:
 * never to another site.
 */
@Named
@RequestScoped
public class LoginPage {
  static final String HOME = "/admin/batches.xhtml?faces-redirect=true";

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  private String username;
  private String password;
  private String next;

  public String login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status != AuthenticationStatus.SUCCESS) {
      Object wait = external.getRequestMap().get(Authentication.RETRY_AFTER);
      String text =
          wait instanceof Duration refused ? refusal(refused) : "Wrong user name or password.";
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      return null;
    }
    if (isAdminPage(next)) {
      external.redirect(external.getRequestContextPath() + next);
      faces.responseComplete();
      return null;
    }
    return HOME;
  }

  /** Why a sign-in was refused without a look at the password, and for how long (ADR 23). */
  static String refusal(Duration wait) {
    long seconds = Authentication.seconds(wait);
    String when =
        seconds < 120
            ? seconds + (seconds == 1 ? " second" : " seconds")
            : (seconds + 59) / 60 + " minutes";
    return "Too many failed sign-ins. Try again in " + when + ".";
  }

  /** A path of this application's admin pages, and nothing that could lead elsewhere. */
  static boolean isAdminPage(String path) {
    return path != null
        && path.startsWith("/admin/")
        && !path.contains("//")
        && !path.contains("\\")
        && path.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
  }

  public String logout() throws ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return Authentication.LOGIN_PAGE + "?faces-redirect=true";
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
