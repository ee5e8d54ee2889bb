package org.rohrpost.template.control;

import java.io.IOException;
import java.io.Writer;

/** Collects what templates write, up to a number of characters in all; beyond that it refuses. */
final class BoundedWriter extends Writer {
  private final StringBuilder written = new StringBuilder();
  private int room;
  private boolean full;

  BoundedWriter(int room) {
    this.room = room;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length > room) {
      full = true;
      throw new IOException("the rendered message is too large");
    }
    written.append(chars, offset, length);
    room -= length;
  }

  /** How many characters were written so far. */
  int length() {
    return written.length();
  }

  /** What was written from {@code start} on. */
  String since(int start) {
    return written.substring(start);
  }

  boolean isFull() {
    return full;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
