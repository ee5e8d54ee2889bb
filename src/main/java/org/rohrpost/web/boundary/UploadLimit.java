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
 * The pages' uploads (the wizard's CSV file): the container reads a multipart form against the
 * limits of the Faces servlet's multipart-config (web.xml) while it streams, chunked or not, and
 * keeps large parts on disk. A form over them is answered here, before any page, with 413 and a
 * problem instead of the container's error page.
 */
@WebFilter(servletNames = "Faces")
public class UploadLimit extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      try {
        request.getParts();
      } catch (IllegalStateException tooLarge) {
        new Problem(
                "about:blank",
                "Content Too Large",
                413,
                "The upload is larger than the pages take.",
                null)
            .writeTo(response);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
