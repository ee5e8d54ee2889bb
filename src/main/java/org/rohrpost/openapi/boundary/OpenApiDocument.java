package org.rohrpost.openapi.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code GET /openapi}: the API's OpenAPI document, the very file the build made from the code's
 * annotations (ADR 29), so that every server serves the same one. YAML, or JSON when asked for with
 * {@code ?format=JSON} or {@code Accept: application/json}, as MicroProfile OpenAPI answers.
 */
@WebServlet("/openapi")
public class OpenApiDocument extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The document the build made, on the class path, without its extension (json or yaml). */
  static final String FILE = "/openapi/openapi.";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean json = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
    String file = FILE + (json ? "json" : "yaml");
    try (InputStream document = OpenApiDocument.class.getResourceAsStream(file)) {
      if (document == null) {
        throw new IllegalStateException("The WAR holds no " + file + ": it was built without it");
      }
      response.setContentType(json ? "application/json" : "application/yaml");
      response.setCharacterEncoding("UTF-8");
      document.transferTo(response.getOutputStream());
    }
  }

  /** {@code format} decides if given (JSON or YAML), else whether JSON is acceptable. */
  static boolean wantsJson(String format, String accept) {
    if (format != null) {
      return format.equalsIgnoreCase("JSON");
    }
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
  }
}
