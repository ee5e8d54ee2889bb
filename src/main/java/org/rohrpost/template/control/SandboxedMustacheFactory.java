package org.rohrpost.template.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MapObjectHandler;
import java.io.IOException;
import java.io.Writer;

/**
 * Mustache as a sandbox (ADR 22): a template reads keys of the maps it is given and nothing else.
 * No partials or template inheritance (nothing is read from files or the class path), no pragmas,
 * no delimiter changes, no methods or fields of objects (the map-only object handler), and, where
 * values are HTML-escaped, no unescaped value by any syntax.
 */
final class SandboxedMustacheFactory extends DefaultMustacheFactory {
  private final boolean escapesHtml;

  private SandboxedMustacheFactory(boolean escapesHtml) {
    super(resourceName -> null);
    this.escapesHtml = escapesHtml;
    setObjectHandler(new MapObjectHandler());
    mc.setAllowChangingDelimeters(false);
  }

  /** For the HTML part: values are escaped, and a template cannot say otherwise. */
  static SandboxedMustacheFactory html() {
    return new SandboxedMustacheFactory(true);
  }

  /** For the subject and the text part: values are written as they are. */
  static SandboxedMustacheFactory plain() {
    return new SandboxedMustacheFactory(false);
  }

  @Override
  public void encode(String value, Writer writer) {
    if (escapesHtml) {
      super.encode(value, writer);
      return;
    }
    try {
      writer.write(value);
    } catch (IOException e) {
      throw new MustacheException("Cannot write", e);
    }
  }

  @Override
  public MustacheVisitor createMustacheVisitor() {
    return new DefaultMustacheVisitor(this) {
      @Override
      public void value(TemplateContext tc, String variable, boolean encoded) {
        if (escapesHtml && !encoded) {
          throw new Refused("unescaped values ({{{...}}} or {{&...}}) are not allowed in HTML");
        }
        super.value(tc, variable, encoded);
      }

      @Override
      public void partial(TemplateContext tc, String variable, String indent) {
        throw new Refused("partials ({{>...}}) are not allowed");
      }

      @Override
      public void dynamicPartial(TemplateContext tc, String variable, String indent) {
        throw new Refused("partials ({{>...}}) are not allowed");
      }

      @Override
      public void extend(TemplateContext tc, String variable, Mustache mustache) {
        throw new Refused("template inheritance ({{<...}}) is not allowed");
      }

      @Override
      public void name(TemplateContext tc, String variable, Mustache mustache) {
        throw new Refused("blocks ({{$...}}) are not allowed");
      }

      @Override
      public void checkName(TemplateContext tc, String variable, Mustache mustache) {
        throw new Refused("blocks ({{$...}}) are not allowed");
      }

      @Override
      public void pragma(TemplateContext tc, String pragma, String args) {
        throw new Refused("pragmas ({{%...}}) are not allowed");
      }
    };
  }

  /** A construct the sandbox does not allow; its message is said to the template's author. */
  static final class Refused extends MustacheException {
    Refused(String message) {
      super(message);
    }
  }
}
