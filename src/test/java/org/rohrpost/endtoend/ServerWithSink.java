package org.rohrpost.endtoend;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own server process and an SMTP sink (GreenMail) that a client of it sends to:
 * started before the class's tests, the server killed (and its database dropped) after them. A test
 * finds it running even when an earlier one failed while the server was down.
 */
final class ServerWithSink implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final GreenMail sink = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private ServerProcess server;
  private RohrpostApi api;
  private String client;

  ServerWithSink(String name, int port) {
    this(name, port, Map.of());
  }

  /** A server started with these environment variables (such as the broker's credentials). */
  ServerWithSink(String name, int port, Map<String, String> environment) {
    this.name = name;
    this.port = port;
    this.environment = environment;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    sink.start();
    server = new ServerProcess(name, port);
    environment.forEach(server::withEnvironment);
    server.start();
    api = RohrpostApi.asAdmin(server.uri());
    client = api.newClientWithSmtp(name, sink.getSmtp().getPort());
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    if (!server.isRunning()) {
      server.start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    server.kill();
    server.dropDatabase();
    sink.stop();
  }

  ServerProcess server() {
    return server;
  }

  RohrpostApi api() {
    return api;
  }

  /** Submits a mailing of the client to the sink. */
  SinkMailing mailing(String prefix, int recipients) {
    return SinkMailing.submit(api, sink, client, prefix, recipients);
  }
}
