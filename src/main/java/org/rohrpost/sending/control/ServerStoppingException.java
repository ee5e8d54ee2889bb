package org.rohrpost.sending.control;

/**
 * This server is stopping: the worker has given its bundle back and leaves the signal to the
 * broker, which hands it to another server's worker (or to this one after its restart).
 */
public class ServerStoppingException extends RuntimeException {
  public ServerStoppingException() {
    super("This server is stopping; the signal goes back to the queue");
  }
}
