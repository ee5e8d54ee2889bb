package org.rohrpost.channel.control;

import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;

/**
 * The transport of one type of message system (SMTP, printer): a CDI bean in a package of its own,
 * found by {@link Channels} through its {@link #type()}. Dispatch (claims, yielding, pacing) knows
 * only this contract; {@code ChannelContract} is the test every channel passes.
 */
public interface Channel {
  /** The type of message system whose messages this channel carries. */
  MessageSystemType type();

  /**
   * The far end of {@code system} (one of this channel's type), with its secrets decrypted; called
   * in the transaction that claims a bundle.
   */
  Endpoint endpointOf(MessageSystem system);
}
