package org.rohrpost.channel.memory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rohrpost.channel.control.CannotConnectException;
import org.rohrpost.channel.control.Channel;
import org.rohrpost.channel.control.Connection;
import org.rohrpost.channel.control.Endpoint;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * A channel whose far end is a list in memory, standing in for the channel of {@code type}: all a
 * channel needs is this one class (and, in the server, to be a CDI bean). The far end of a message
 * system taken down cannot be reached.
 */
public final class MemoryChannel implements Channel {
  private final MessageSystemType type;
  private final List<Message> arrived = new CopyOnWriteArrayList<>();
  private final Set<String> down = ConcurrentHashMap.newKeySet();

  public MemoryChannel(MessageSystemType type) {
    this.type = type;
  }

  /** From now on, connecting to the far end of the message system {@code key} fails. */
  public void takeDown(String key) {
    down.add(key);
  }

  /** The messages handed over so far, in order. */
  public List<Message> arrived() {
    return List.copyOf(arrived);
  }

  @Override
  public MessageSystemType type() {
    return type;
  }

  @Override
  public Endpoint endpointOf(MessageSystem system) {
    String key = system.key();
    return () -> {
      if (down.contains(key)) {
        throw new CannotConnectException(
            Outcome.temporary(-1, "cannot connect: " + key + " is down", true), null);
      }
      return new MemoryConnection();
    };
  }

  private final class MemoryConnection implements Connection {
    @Override
    public Outcome send(Message message, ListUnsubscribe unsubscribe) {
      arrived.add(message);
      return Outcome.sent(250, "kept in memory");
    }

    @Override
    public void close() {
      // nothing is held open
    }
  }
}
