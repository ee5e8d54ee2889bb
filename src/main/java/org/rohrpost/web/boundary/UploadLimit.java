package org.rohrpost.web.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.rohrpost.problem.boundary.Problem;

/**
 * What the pages' forms may send, answered here with 413 and a problem before any page, instead of
 * the container's error page. An upload (the wizard's CSV file, multipart) is read by the container
 * against the limits of the Faces servlet's multipart-config (web.xml) while it streams, chunked or
 * not, large parts kept on disk. Any other form may declare at most {@link #MAX_FORM} (Payara's
 * default {@code max-post-size}; a chunked one is cut there by the container, never held whole).
 */
@WebFilter(servletNames = "Faces")
public class UploadLimit extends HttpFilter {
  static final long MAX_FORM = 2L * 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      try {
        request.getParts();
      } catch (IllegalStateException tooLarge) {
        refuse(response, "The upload is larger than the pages take.");
        return;
      }
    } else if (request.getContentLengthLong() > MAX_FORM) {
      refuse(response, "The form is larger than 2 MiB.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, String detail) throws IOException {
    Problem.tooLarge(detail).writeTo(response);
  }
}
