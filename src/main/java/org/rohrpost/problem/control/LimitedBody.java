package org.rohrpost.problem.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read through a limit: once more than {@code limit} bytes have come, reading throws
 * {@link BodyTooLargeException}, whatever length the request declared or however it was sent
 * (chunked or not). Whoever reads stops there, so no more than the limit is ever held.
 */
public final class LimitedBody extends FilterInputStream {
  private final long limit;
  private long count;
  private boolean exceeded;

  public LimitedBody(InputStream body, long limit) {
    super(body);
    this.limit = limit;
  }

  /** Whether the body went past the limit (however the reader handled the exception). */
  public boolean exceeded() {
    return exceeded;
  }

  public long limit() {
    return limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readLimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void count(long n) {
    count += n;
    if (count > limit) {
      exceeded = true;
      throw new BodyTooLargeException(limit);
    }
  }
}
