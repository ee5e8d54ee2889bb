package org.rohrpost.channel.memory;

import java.util.List;
import org.rohrpost.channel.control.Channel;
import org.rohrpost.channel.control.ChannelContract;
import org.rohrpost.channel.control.TestSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;

class MemoryChannelTest implements ChannelContract {
  private final MemoryChannel channel = new MemoryChannel(MessageSystemType.SMTP);

  MemoryChannelTest() {
    channel.takeDown("down");
  }

  @Override
  public Channel channel() {
    return channel;
  }

  @Override
  public MessageSystem reachable() {
    return TestSystems.smtp("up", 25);
  }

  @Override
  public MessageSystem unreachable() {
    return TestSystems.smtp("down", 25);
  }

  /** What arrived: at once, nothing to wait for. */
  @Override
  public List<String> arrived(int expected) {
    return channel.arrived().stream().map(m -> m.recipient() + " " + m.subject()).toList();
  }
}
