package org.rohrpost.monitoring.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.cluster.control.Servers;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.monitoring.control.LedgerStatistics;
import org.rohrpost.monitoring.control.LedgerStatistics.Snapshot;
import org.rohrpost.monitoring.control.LedgerStatistics.Stream;
import org.rohrpost.sending.control.WorkerCounts;
import org.rohrpost.server.control.ServerSettings;

/**
 * The queues and servers page: per queue class its backlog (messages not yet sent) and this
 * server's workers, the backlog per client, and the servers sharing the database with the work each
 * holds. Read from the ledger as the metrics are (only of the clients the user may see).
 */
@Named
@RequestScoped
public class QueuesPage {
  @Inject LedgerStatistics statistics;
  @Inject Clients clients;
  @Inject Servers servers;
  @Inject ServerSettings settings;

  /** A queue class: messages still to be sent, and the workers this server runs for it. */
  public record ClassRow(QueueClass queueClass, long backlog, int workers) {}

  /** A client's messages in a class: still to be sent, sent, and failed (dead or expired). */
  public record ClientRow(
      QueueClass queueClass, String client, long backlog, long sent, long failed) {}

  /** A server, whether it is alive, and the bundles and batches it holds leases on. */
  public record ServerRow(
      String instance,
      Instant startedAt,
      Instant seenAt,
      boolean alive,
      boolean self,
      long bundles,
      long batches) {}

  private List<ClientRow> clientRows;

  public List<ClassRow> getClasses() {
    Map<QueueClass, Integer> workers = WorkerCounts.configured();
    Map<QueueClass, Long> backlog =
        getClients().stream()
            .collect(
                Collectors.groupingBy(
                    ClientRow::queueClass, Collectors.summingLong(ClientRow::backlog)));
    return Arrays.stream(QueueClass.values())
        .map(c -> new ClassRow(c, backlog.getOrDefault(c, 0L), workers.get(c)))
        .toList();
  }

  /** Every client with messages in a class, those with a backlog first. */
  public List<ClientRow> getClients() {
    if (clientRows == null) {
      Set<String> visible = clients.all().stream().map(Client::key).collect(Collectors.toSet());
      Snapshot snapshot = statistics.read();
      clientRows =
          snapshot.messages().keySet().stream()
              .filter(s -> visible.contains(s.client()))
              .map(s -> row(snapshot, s))
              .sorted(
                  Comparator.comparingLong(ClientRow::backlog)
                      .reversed()
                      .thenComparing(ClientRow::queueClass)
                      .thenComparing(ClientRow::client))
              .toList();
    }
    return clientRows;
  }

  public List<ServerRow> getServers() {
    Instant now = Instant.now();
    return servers.all().stream()
        .map(
            s -> {
              Servers.Held held = servers.heldBy(s.instance());
              return new ServerRow(
                  s.instance(),
                  s.startedAt(),
                  s.seenAt(),
                  s.isAliveAt(now),
                  s.instance().equals(settings.instance()),
                  held.bundles(),
                  held.batches());
            })
        .toList();
  }

  private static ClientRow row(Snapshot snapshot, Stream stream) {
    return new ClientRow(
        stream.queueClass(),
        stream.client(),
        snapshot.messages(stream, MessageStatus.OPEN.toArray(MessageStatus[]::new)),
        snapshot.messages(stream, MessageStatus.SENT),
        snapshot.messages(stream, MessageStatus.DEAD, MessageStatus.EXPIRED));
  }
}
