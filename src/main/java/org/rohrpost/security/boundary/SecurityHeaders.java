package org.rohrpost.security.boundary;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer: no content sniffing and nothing kept in a cache, of the API
 * and the pages alike; for the pages besides, scripts, styles and forms only from this server,
 * never in a frame, no referrer to other sites. {@link Authentication} sets them as each request
 * arrives, before any filter, servlet or resource sees it, so that the answers it gives itself (a
 * 401, a redirect to the login page) carry them too.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

  private SecurityHeaders() {}

  static void set(HttpServletResponse response, boolean api) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    if (!api) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
    }
  }
}
