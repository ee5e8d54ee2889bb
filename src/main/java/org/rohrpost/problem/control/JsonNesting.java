package org.rohrpost.problem.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.rohrpost.validation.control.InvalidInputException;

/**
 * Refuses JSON nested deeper than {@link #MAX_DEPTH} objects and lists while it streams past,
 * before a parser that recurses once a level (JSON-B does) runs out of stack. It counts brackets
 * outside strings; the bytes themselves pass unchanged (UTF-8 keeps every bracket and quote one
 * byte that no other character contains).
 */
public final class JsonNesting extends FilterInputStream {
  /** More than any request needs: ad-hoc recipient data start at the fourth level. */
  public static final int MAX_DEPTH = 64;

  private int depth;
  private boolean inString;
  private boolean escaped;

  public JsonNesting(InputStream in) {
    super(in);
  }

  /** Checks JSON given whole, as a JMS request is. */
  public static void check(String json) {
    JsonNesting nesting = new JsonNesting(InputStream.nullInputStream());
    for (int i = 0; i < json.length(); i++) {
      nesting.see(json.charAt(i));
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      see(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      see(buffer[offset + i]);
    }
    return n;
  }

  private void see(int c) {
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = false;
      }
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (++depth > MAX_DEPTH) {
        throw new InvalidInputException(
            "body", "is nested deeper than " + MAX_DEPTH + " objects and lists");
      }
    } else if (c == '}' || c == ']') {
      depth--;
    }
  }
}
