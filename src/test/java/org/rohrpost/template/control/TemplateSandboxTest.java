package org.rohrpost.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
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

/**
 * A corpus of templates that try to leave the sandbox (ADR 22): each is refused under its field
 * with a message that names no file, or renders nothing but the recipient's values.
 */
class TemplateSandboxTest {
  private static final String WORKING_DIRECTORY = System.getProperty("user.dir");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A{{>pom.xml}}B",
        "{{>/etc/passwd}}",
        "{{> ../../../../etc/passwd}}",
        "{{>src/main/resources/META-INF/persistence.xml}}",
        "{{>*data.file}}",
        "{{<pom.xml}}{{$x}}y{{/x}}{{/pom.xml}}",
        "{{$block}}default{{/block}}",
        "{{%IMPLICIT-ITERATOR}}",
        "{{=<% %>=}}<p><%name%></p>",
        "{{=<% %>=}}<p><%&name%></p>",
        "{{=| |=}}|{name}|",
        "<p>{{{name}}}</p>",
        "<p>{{&name}}</p>",
        "<p>{{&  data.x }}</p>",
        "{{#data.list}}<i>{{{.}}}</i>{{/data.list}}",
        "{{^data.missing}}{{&name}}{{/data.missing}}",
        "{{#data}}{{#data.inner}}{{&email}}{{/data.inner}}{{/data}}",
        "{{#name}}{{>pom.xml}}{{/name}}",
      })
  void refusesWhatCouldReachFilesOrWriteUnescapedHtml(String html) {
    List<FieldError> errors = errors(new Template("Subject", html, null));
    assertThat(errors).extracting(FieldError::field).containsExactly("html");
    assertThat(errors.get(0).message())
        .doesNotContain(WORKING_DIRECTORY)
        .doesNotContain("/etc")
        .doesNotContain("pom.xml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A{{>pom.xml}}B", "{{<pom.xml}}{{/pom.xml}}", "{{=<% %>=}}<%name%>"})
  void refusesPartialsAndDelimiterChangesInTheSubjectAndTextToo(String source) {
    assertThat(errors(new Template(source, null, "text")))
        .extracting(FieldError::field)
        .containsExactly("subject");
    assertThat(errors(new Template("Subject", null, source)))
        .extracting(FieldError::field)
        .containsExactly("text");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{{email.bytes}}",
        "{{email.class}}",
        "{{email.class.name}}",
        "{{name.length}}",
        "{{data.class}}",
        "{{data.list.size}}",
        "{{data.list.class.classLoader}}",
        "{{#email}}{{bytes}}{{class}}{{/email}}",
        "{{#data.list}}{{class}}{{length}}{{/data.list}}",
        "{{data.empty}}{{hashCode}}{{toString}}{{getClass}}",
      })
  void seesNoMethodsOrFieldsOfObjects(String source) {
    Rendering r = render(new Template("Hi", "<p>" + source + "</p>", source));
    assertThat(r.html()).isEqualTo("<p></p>");
    assertThat(r.text()).isEmpty();
  }

  @Test
  void seesTheRecipientsValuesInSectionsAndLists() {
    Rendering r =
        render(
            new Template(
                "{{#data.vip}}Dear {{/data.vip}}{{name}}",
                "<ul>{{#data.list}}<li>{{.}}</li>{{/data.list}}</ul>{{^data.none}}-{{/data.none}}",
                "{{#data.order}}{{id}} for {{email}}{{/data.order}}"));
    assertThat(r.subject()).isEqualTo("Dear Anna <a>");
    assertThat(r.html()).isEqualTo("<ul><li>1</li><li>&lt;x&gt;</li></ul>-");
    assertThat(r.text()).isEqualTo("42 for anna@example.org");
  }

  @Test
  void aMessageThatWouldGrowBeyondItsLimitIsNotRendered() {
    String loop = "{{#data.inner}}".repeat(4) + "0123456789" + "{{/data.inner}}".repeat(4);
    Rendering r = render(new Template("Hi", null, loop));
    assertThat(r.isSafe()).isFalse();
    assertThat(r.problem()).contains("longer than " + TemplateRenderer.MAX_RENDERED);
    assertThat(r.text()).isNull();
  }

  @Test
  void aPreviewSaysWhatTheRecipientsValuesMakeOfTheTemplate() {
    String loop = "{{#data.list}}".repeat(4) + "0123456789" + "{{/data.list}}".repeat(4);
    try {
      TemplateRenderer.preview(
          new Template("Hi", null, loop), "a@example.org", "A", Map.of("list", hundred()));
      throw new AssertionError("a preview beyond the limit was rendered");
    } catch (InvalidInputException e) {
      assertThat(e.errors()).extracting(FieldError::field).containsExactly("data");
    }
  }

  private static Rendering render(Template t) {
    FieldErrors errors = new FieldErrors();
    TemplateRenderer renderer = TemplateRenderer.compile(t, errors);
    assertThat(errors.isEmpty()).as("compiles: " + t).isTrue();
    return renderer.render(
        "anna@example.org",
        "Anna <a>",
        Map.of(
            "vip", true,
            "list", List.of(1, "<x>"),
            "order", Map.of("id", 42),
            "empty", "",
            "inner", hundred()));
  }

  private static List<Integer> hundred() {
    return Collections.nCopies(100, 7);
  }

  private static List<FieldError> errors(Template t) {
    FieldErrors errors = new FieldErrors();
    TemplateRenderer.compile(t, errors);
    try {
      errors.throwIfAny();
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }
}
