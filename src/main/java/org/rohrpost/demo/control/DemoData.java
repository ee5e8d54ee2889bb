package org.rohrpost.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.problem.control.NotFoundException;

/** The demo client and its message system, pointing at the demo sink. */
@ApplicationScoped
public class DemoData {
  public static final String CLIENT = "demo";
  public static final String MESSAGE_SYSTEM = "demo-smtp";

  @Inject Clients clients;
  @Inject MessageSystems messageSystems;

  @Transactional
  public void ensureDemoClient(int port) {
    Client client;
    try {
      client = clients.get(CLIENT);
    } catch (NotFoundException e) {
      client =
          clients.create(
              new Clients.Definition(
                  CLIENT, "Demo client", QueueClass.NORMAL.name(), null, null, null, null, null));
    }
    if (messageSystems.of(client).stream().noneMatch(m -> m.key().equals(MESSAGE_SYSTEM))) {
      messageSystems.create(
          CLIENT,
          new MessageSystems.Definition(
              MESSAGE_SYSTEM,
              "SMTP",
              "127.0.0.1",
              port,
              "NONE",
              null,
              null,
              "demo@rohrpost.example",
              null,
              null,
              null,
              null));
    }
  }
}
