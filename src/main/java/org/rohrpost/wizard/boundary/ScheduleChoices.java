package org.rohrpost.wizard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.population.control.Populations;
import org.rohrpost.population.entity.Population;

/**
 * What the wizard's menus offer: the clients the caller may see, and the communications,
 * populations and message systems of the client chosen in the wizard (none before one is chosen).
 */
@Named
@RequestScoped
public class ScheduleChoices {
  @Inject ScheduleWizard wizard;
  @Inject Clients clients;
  @Inject Communications communications;
  @Inject Populations populations;
  @Inject MessageSystems messageSystems;

  private List<Client> all;

  public List<String> getClients() {
    return all().stream().map(Client::key).toList();
  }

  public List<String> getCommunications() {
    Client client = chosen();
    return client == null
        ? List.of()
        : communications.of(client.key()).stream().map(Communication::key).toList();
  }

  public List<String> getPopulations() {
    Client client = chosen();
    return client == null
        ? List.of()
        : populations.of(client.key()).stream().map(Population::key).toList();
  }

  public List<String> getMessageSystems() {
    Client client = chosen();
    return client == null
        ? List.of()
        : messageSystems.of(client).stream().map(MessageSystem::key).toList();
  }

  public List<String> getQueueClasses() {
    return Arrays.stream(QueueClass.values()).map(QueueClass::name).toList();
  }

  /** The chosen client's own class, which a communication without one goes on. */
  public String getClientsQueueClass() {
    Client client = chosen();
    return client == null ? "" : client.queueClass().name();
  }

  /** The client chosen now (the choice may change within a request, when the form is applied). */
  private Client chosen() {
    String key = wizard.getClient();
    return all().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
  }

  private List<Client> all() {
    if (all == null) {
      all = clients.all();
    }
    return all;
  }
}
