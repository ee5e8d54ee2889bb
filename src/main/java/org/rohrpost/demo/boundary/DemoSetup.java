package org.rohrpost.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.rohrpost.demo.control.DemoData;
import org.rohrpost.demo.control.DemoSink;
import org.rohrpost.server.control.ServerSettings;

/**
 * With {@code ROHRPOST_DEMO_SMTP_PORT} set: starts the demo SMTP sink and makes sure the demo
 * client and its message system exist, so that a first ad-hoc send works at once.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoSetup {
  private static final Logger LOG = Logger.getLogger(DemoSetup.class.getName());

  @Inject ServerSettings settings;
  @Inject DemoSink sink;
  @Inject DemoData data;

  @PostConstruct
  void start() {
    int port = settings.demoSmtpPort();
    if (port <= 0) {
      return;
    }
    sink.start(port);
    data.ensureDemoClient(port);
    LOG.info(
        "Demo SMTP sink on 127.0.0.1:"
            + port
            + "; client 'demo' sends to it through message"
            + " system 'demo-smtp'; see GET /api/v1/demo/mailbox");
  }
}
