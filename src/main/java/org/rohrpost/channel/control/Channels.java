package org.rohrpost.channel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;

/**
 * The registered channels, one per type of message system: a channel registers by being a CDI bean
 * that implements {@link Channel}. A type with no channel, or with two, fails at the first use.
 */
@ApplicationScoped
public class Channels {
  private Map<MessageSystemType, Channel> byType;

  protected Channels() {} // for the container's proxy

  @Inject
  public Channels(@Any Instance<Channel> channels) {
    this((Iterable<Channel>) channels);
  }

  /** The registry of these channels. */
  public Channels(Iterable<Channel> channels) {
    byType = new EnumMap<>(MessageSystemType.class);
    for (Channel channel : channels) {
      Channel before = byType.putIfAbsent(channel.type(), channel);
      if (before != null) {
        throw new IllegalStateException(
            "Two channels carry " + channel.type() + ": " + before + " and " + channel);
      }
    }
  }

  /** The far end of {@code system}, through the channel of its type. */
  public Endpoint endpointOf(MessageSystem system) {
    Channel channel = byType.get(system.type());
    if (channel == null) {
      throw new IllegalStateException("No channel carries " + system.type() + " message systems");
    }
    return channel.endpointOf(system);
  }
}
