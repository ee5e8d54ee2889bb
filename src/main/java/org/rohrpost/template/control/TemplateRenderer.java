package org.rohrpost.template.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.rohrpost.problem.control.FieldErrors;
import org.rohrpost.template.entity.Template;

/**
 * A compiled {@link Template}. Values are HTML-escaped in the HTML part and left as they are in the
 * subject and text part; raw values ({@code {{{x}}}}, {@code {{&x}}}) are refused in HTML.
 */
public class TemplateRenderer {
  private static final Pattern RAW_VALUE = Pattern.compile("\\{\\{\\{|\\{\\{\\s*&");
  public static final int MAX_SUBJECT = 998;
  public static final int MAX_BODY = 512 * 1024;

  private final Mustache subject;
  private final Mustache html;
  private final Mustache text;

  private TemplateRenderer(Mustache subject, Mustache html, Mustache text) {
    this.subject = subject;
    this.html = html;
    this.text = text;
  }

  /** Compiles the template, recording every problem under the field it belongs to. */
  public static TemplateRenderer compile(Template t, boolean allowRawHtml, FieldErrors errors) {
    boolean hasBody = !isBlank(t.html()) || !isBlank(t.text());
    errors.check(hasBody, "html", "a template needs an html or a text part");
    Mustache subject = null;
    if (errors.required("subject", t.subject())) {
      errors.maxLength("subject", t.subject(), MAX_SUBJECT);
      errors.singleLine("subject", t.subject());
      subject = compile(new PlainFactory(), t.subject(), "subject", errors);
    }
    Mustache html = null;
    if (!isBlank(t.html())) {
      errors.maxLength("html", t.html(), MAX_BODY);
      errors.check(
          allowRawHtml || !RAW_VALUE.matcher(t.html()).find(),
          "html",
          "unescaped values ({{{...}}} or {{&...}}) are not allowed in HTML");
      html = compile(new DefaultMustacheFactory(), t.html(), "html", errors);
    }
    Mustache text = null;
    if (!isBlank(t.text())) {
      errors.maxLength("text", t.text(), MAX_BODY);
      text = compile(new PlainFactory(), t.text(), "text", errors);
    }
    return new TemplateRenderer(subject, html, text);
  }

  /**
   * A preview: the template (raw values refused) rendered for one recipient, or its errors thrown
   * as an {@link org.rohrpost.problem.control.InvalidInputException}.
   */
  public static Rendering preview(Template t, String email, String name, Map<String, ?> data) {
    FieldErrors errors = new FieldErrors();
    TemplateRenderer renderer = compile(t, false, errors);
    errors.throwIfAny();
    return renderer.render(email, name, data);
  }

  /**
   * The message for one recipient: what {@code {{email}}}, {@code {{name}}}, {@code {{data.x}}}
   * see.
   */
  public Rendering render(String email, String name, Map<String, ?> data) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("email", email);
    scope.put("name", name);
    scope.put("data", data == null ? Map.of() : data);
    return render(scope);
  }

  /** The message for one recipient, from a scope the caller built. */
  public Rendering render(Map<String, Object> scope) {
    return new Rendering(
        run(subject, scope).strip(),
        html == null ? null : run(html, scope),
        text == null ? null : run(text, scope));
  }

  /** One rendered message. */
  public record Rendering(String subject, String html, String text) {
    /** A subject that stays one header line, whatever the recipient data held. */
    public boolean isSafe() {
      return FieldErrors.isSingleLine(subject) && subject.length() <= MAX_SUBJECT;
    }
  }

  private static Mustache compile(
      DefaultMustacheFactory factory, String source, String field, FieldErrors errors) {
    try {
      return factory.compile(new StringReader(source), field);
    } catch (MustacheException e) {
      errors.add(field, "does not compile: " + e.getMessage());
      return null;
    }
  }

  private static String run(Mustache mustache, Map<String, Object> scope) {
    StringWriter out = new StringWriter();
    mustache.execute(out, scope);
    return out.toString();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Leaves values as they are: for the subject and the text part. */
  private static final class PlainFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new MustacheException("Cannot write", e);
      }
    }
  }
}
