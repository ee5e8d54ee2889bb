package org.rohrpost.channel.memory;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Override
  public List<String> arrived(int expected) {
    assertThat(expected).isNotNegative();
    return channel.arrived().stream().map(m -> m.recipient() + " " + m.subject()).toList();
  }
}
