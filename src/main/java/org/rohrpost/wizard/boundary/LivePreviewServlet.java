package org.rohrpost.wizard.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rohrpost.population.control.RecipientRow;
import org.rohrpost.problem.boundary.Problem;
import org.rohrpost.problem.control.BodyTooLargeException;
import org.rohrpost.problem.control.LimitedBody;
import org.rohrpost.problem.control.StrictJson;
import org.rohrpost.template.control.TemplateRenderer;
import org.rohrpost.template.entity.Template;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * The wizard's live preview: the message step's script posts the template as it is typed, with the
 * sample recipient the page names, and gets it rendered (or the template's errors, as a 422
 * problem). It changes nothing; it sits under {@code /schedule/}, so only those who may schedule
 * reach it, with the session of the pages.
 */
@WebServlet("/schedule/live-preview")
public class LivePreviewServlet extends HttpServlet {
  private static final Jsonb JSON = JsonbBuilder.create();

  /** Three parts of at most 512 KiB each, and a sample recipient. */
  private static final int MAX_BYTES = 2 * 1024 * 1024;

  /** What the script sends. */
  public record Request(String subject, String html, String text, Sample recipient) {}

  /** The sample recipient the page names, as {@link #sampleJson} wrote it. */
  public record Sample(String email, String name, Map<String, Object> data) {}

  /** The recipient a page names as the sample, for its script to send back. */
  static String sampleJson(RecipientRow row) {
    return JSON.toJson(new Sample(row.email(), row.name(), row.data()));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      tooLarge(response);
      return;
    }
    String json;
    try (InputStream body = new LimitedBody(request.getInputStream(), MAX_BYTES)) {
      json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (BodyTooLargeException e) {
      tooLarge(response);
      return;
    }
    Request asked;
    try {
      asked = StrictJson.read(json, Request.class);
    } catch (InvalidInputException e) {
      asked = null;
    }
    if (asked == null || asked.recipient() == null) {
      Problem.of(Response.Status.BAD_REQUEST, "Send {subject, html, text, recipient}.")
          .writeTo(response);
      return;
    }
    Sample sample = asked.recipient();
    try {
      write(
          response,
          200,
          "application/json",
          TemplateRenderer.preview(
              new Template(asked.subject(), asked.html(), asked.text()),
              sample.email(),
              sample.name(),
              sample.data()));
    } catch (InvalidInputException invalid) {
      Problem.unprocessable("The template has errors.", invalid.errors()).writeTo(response);
    }
  }

  /** Checked while the body is read too: a chunked body declares no length. */
  private static void tooLarge(HttpServletResponse response) throws IOException {
    Problem.tooLarge("The template is too large to preview.").writeTo(response);
  }

  private static void write(HttpServletResponse response, int status, String type, Object body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(body));
  }
}
