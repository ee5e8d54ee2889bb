package org.rohrpost.printing.control;

import java.io.IOException;

/** Where print jobs go: a printer over IPP, or a spool directory. */
public interface PrintDestination {
  /**
   * Hands one PDF to the destination as a job named {@code jobName}.
   *
   * @throws IOException when the destination cannot be reached or written to
   */
  Printed print(String jobName, byte[] pdf) throws IOException;

  /** How a job was taken: the IPP status code (0 is successful-ok) and what was said about it. */
  record Printed(int status, String detail) {
    /** IPP's successful-ok. */
    public static final int OK = 0;

    public boolean isAccepted() {
      return status < 0x0100;
    }

    /** A client-error status: the job itself is refused and trying again will not help. */
    public boolean isRefused() {
      return status >= 0x0400 && status < 0x0500;
    }
  }
}
