package org.rohrpost.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rohrpost.template.control.TemplateRenderer.Rendering;
import org.rohrpost.template.entity.Template;
import org.rohrpost.validation.control.FieldError;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.InvalidInputException;

class TemplateRendererTest {
  private static final String TRICKY = "<b>\"Tom\" & Jerry</b>";

  @Test
  void escapesValuesInHtmlOnly() {
    Template t = new Template("Hi {{name}}", "<p>{{name}}</p>", "Hi {{name}}");
    Rendering r = render(t, Map.of("name", TRICKY));
    assertThat(r.html())
        .isEqualTo("<p>&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;</p>")
        .doesNotContain("<b>");
    assertThat(r.text()).isEqualTo("Hi " + TRICKY);
    assertThat(r.subject()).isEqualTo("Hi " + TRICKY);
  }

  @Test
  void readsNestedData() {
    Template t = new Template("{{data.order.id}}", null, "{{email}}: {{data.city}}");
    Map<String, Object> scope =
        Map.of("email", "a@b.com", "data", Map.of("city", "Bern", "order", Map.of("id", "42")));
    Rendering r = render(t, scope);
    assertThat(r.subject()).isEqualTo("42");
    assertThat(r.text()).isEqualTo("a@b.com: Bern");
    assertThat(r.html()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<p>{{{name}}}</p>", "<p>{{&name}}</p>", "<p>{{& name}}</p>"})
  void refusesRawValuesInHtml(String html) {
    assertThat(errors(new Template("s", html, null)))
        .extracting(FieldError::field)
        .containsExactly("html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"subject", "html", "text"})
  void reportsATemplateThatDoesNotCompileUnderItsField(String field) {
    String broken = "{{#a}} open";
    Template t =
        new Template(
            field.equals("subject") ? broken : "s",
            field.equals("html") ? broken : "<p>h</p>",
            field.equals("text") ? broken : "t");
    List<FieldError> errors = errors(t);
    assertThat(errors).extracting(FieldError::field).containsExactly(field);
    assertThat(errors.get(0).message()).contains("does not compile");
  }

  @Test
  void requiresASubject() {
    assertThat(errors(new Template(" ", null, "t")))
        .containsExactly(new FieldError("subject", "is required"));
  }

  @Test
  void requiresAnHtmlOrTextPart() {
    assertThat(errors(new Template("s", null, " ")))
        .extracting(FieldError::field)
        .containsExactly("html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hi\r\nBcc: x@y.com", "Hi\nthere", "Hi\rthere"})
  void refusesLineBreaksInTheSubject(String subject) {
    assertThat(errors(new Template(subject, null, "t")))
        .extracting(FieldError::field)
        .containsExactly("subject");
  }

  @Test
  void aRecipientValueThatBreaksTheSubjectLineIsUnsafe() {
    Template t = new Template("Hello {{name}}!", null, "t");
    assertThat(render(t, Map.of("name", "Eve")).isSafe()).isTrue();
    Rendering r = render(t, Map.of("name", "Eve\r\nBcc: x@y.com"));
    assertThat(r.subject()).contains("\r\n");
    assertThat(r.isSafe()).isFalse();
  }

  private static Rendering render(Template t, Map<String, Object> scope) {
    FieldErrors errors = new FieldErrors();
    TemplateRenderer renderer = TemplateRenderer.compile(t, errors);
    assertThat(errors.isEmpty()).as("template compiles").isTrue();
    return renderer.render(scope);
  }

  private static List<FieldError> errors(Template t) {
    FieldErrors errors = new FieldErrors();
    TemplateRenderer.compile(t, errors);
    try {
      errors.throwIfAny();
      assertThat(errors.isEmpty()).isTrue();
      return List.of();
    } catch (InvalidInputException e) {
      assertThat(errors.isEmpty()).isFalse();
      return e.errors();
    }
  }

  @Test
  void aPreviewRendersForOneRecipientOrThrowsTheTemplatesErrors() {
    Rendering shown =
        TemplateRenderer.preview(
            new Template("Hi {{name}}", "<p>{{data.code}}</p>", null),
            "a@example.org",
            "Anna",
            Map.of("code", "<b>"));
    assertThat(shown.subject()).isEqualTo("Hi Anna");
    assertThat(shown.html()).isEqualTo("<p>&lt;b&gt;</p>");

    assertThatThrownBy(
            () ->
                TemplateRenderer.preview(
                    new Template("Hi", "<p>{{{raw}}}</p>", null), "a@example.org", "A", Map.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("html"));
  }
}
