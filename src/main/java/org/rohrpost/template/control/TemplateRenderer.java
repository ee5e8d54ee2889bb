package org.rohrpost.template.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.rohrpost.template.entity.Template;
import org.rohrpost.validation.control.FieldErrors;

/**
 * A compiled {@link Template}, the one renderer of every way in (ADR 22). A template sees the
 * recipient's email, name and data values and nothing else; values are HTML-escaped in the HTML
 * part, whatever the syntax, and left as they are in the subject and text part.
 */
public class TemplateRenderer {
  public static final int MAX_SUBJECT = 998;
  public static final int MAX_BODY = 512 * 1024;

  /** The characters one rendered message (subject, HTML and text) may have. */
  public static final int MAX_RENDERED = 1024 * 1024;

  private final Mustache subject;
  private final Mustache html;
  private final Mustache text;

  private TemplateRenderer(Mustache subject, Mustache html, Mustache text) {
    this.subject = subject;
    this.html = html;
    this.text = text;
  }

  /** Compiles the template, recording every problem under the field it belongs to. */
  public static TemplateRenderer compile(Template t, FieldErrors errors) {
    boolean hasBody = !isBlank(t.html()) || !isBlank(t.text());
    errors.check(hasBody, "html", "a template needs an html or a text part");
    Mustache subject = null;
    if (errors.required("subject", t.subject())) {
      errors.maxLength("subject", t.subject(), MAX_SUBJECT);
      errors.singleLine("subject", t.subject());
      subject = compile(SandboxedMustacheFactory.plain(), t.subject(), "subject", errors);
    }
    Mustache html = null;
    if (!isBlank(t.html())) {
      errors.maxLength("html", t.html(), MAX_BODY);
      html = compile(SandboxedMustacheFactory.html(), t.html(), "html", errors);
    }
    Mustache text = null;
    if (!isBlank(t.text())) {
      errors.maxLength("text", t.text(), MAX_BODY);
      text = compile(SandboxedMustacheFactory.plain(), t.text(), "text", errors);
    }
    return new TemplateRenderer(subject, html, text);
  }

  /**
   * A preview: the template rendered for one recipient, or its errors (the template's, or what the
   * recipient's values make of it) thrown as an {@link
   * org.rohrpost.validation.control.InvalidInputException}.
   */
  public static Rendering preview(Template t, String email, String name, Map<String, ?> data) {
    FieldErrors errors = new FieldErrors();
    TemplateRenderer renderer = compile(t, errors);
    errors.throwIfAny();
    Rendering rendering = renderer.render(email, name, data);
    errors.check(rendering.isSafe(), "data", rendering.problem());
    errors.throwIfAny();
    return rendering;
  }

  /**
   * The message for one recipient: what {@code {{email}}}, {@code {{name}}}, {@code {{data.x}}}
   * see. Data values are strings, numbers, booleans, and lists and maps of them.
   */
  public Rendering render(String email, String name, Map<String, ?> data) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("email", email);
    scope.put("name", name);
    scope.put("data", data == null ? Map.of() : data);
    return render(scope);
  }

  /** The message for one recipient, from a scope the caller built of maps and plain values. */
  public Rendering render(Map<String, Object> scope) {
    BoundedWriter out = new BoundedWriter(MAX_RENDERED);
    try {
      String renderedSubject = run(subject, scope, out).strip();
      String renderedHtml = html == null ? null : run(html, scope, out);
      String renderedText = text == null ? null : run(text, scope, out);
      return new Rendering(
          renderedSubject, renderedHtml, renderedText, subjectProblem(renderedSubject));
    } catch (MustacheException e) {
      String problem =
          out.isFull()
              ? "makes the message longer than " + MAX_RENDERED + " characters"
              : "cannot be rendered";
      return new Rendering("", null, null, problem);
    }
  }

  /** One rendered message; {@code problem} says why it cannot be sent, or is null. */
  public record Rendering(String subject, String html, String text, String problem) {
    /** A message that stays within its limits and keeps its subject one header line. */
    public boolean isSafe() {
      return problem == null;
    }
  }

  private static String subjectProblem(String subject) {
    if (!FieldErrors.isSingleLine(subject)) {
      return "makes the subject contain a line break";
    }
    if (subject.length() > MAX_SUBJECT) {
      return "makes the subject longer than " + MAX_SUBJECT + " characters";
    }
    return null;
  }

  private static Mustache compile(
      DefaultMustacheFactory factory, String source, String field, FieldErrors errors) {
    try {
      return factory.compile(new StringReader(source), field);
    } catch (SandboxedMustacheFactory.Refused e) {
      errors.add(field, e.getMessage());
    } catch (MustacheException e) {
      errors.add(field, "does not compile: " + e.getMessage());
    } catch (RuntimeException e) {
      errors.add(field, "does not compile");
    }
    return null;
  }

  private static String run(Mustache mustache, Map<String, Object> scope, BoundedWriter out) {
    int start = out.length();
    mustache.execute(out, scope);
    return out.since(start);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
