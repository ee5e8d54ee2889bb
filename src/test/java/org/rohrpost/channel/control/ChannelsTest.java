package org.rohrpost.channel.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rohrpost.channel.control.TestMessages.message;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rohrpost.channel.memory.MemoryChannel;
import org.rohrpost.messagesystem.entity.MessageSystemType;

class ChannelsTest {
  private final MemoryChannel mail = new MemoryChannel(MessageSystemType.SMTP);
  private final MemoryChannel letters = new MemoryChannel(MessageSystemType.PRINTER);

  @Test
  void aMessageSystemIsServedByTheChannelRegisteredForItsType() throws Exception {
    Channels channels = new Channels(List.of(mail, letters));

    try (Connection connection =
        channels.endpointOf(TestSystems.printer("letters", null)).connect()) {
      connection.send(message(1, "ada@example.org", "Letter", null, "Text"), null);
    }

    assertThat(letters.arrived()).extracting(m -> m.recipient()).containsExactly("ada@example.org");
    assertThat(mail.arrived()).isEmpty();
  }

  @Test
  void aTypeWithoutAChannelIsAClearError() {
    Channels channels = new Channels(List.of(mail));

    assertThatThrownBy(() -> channels.endpointOf(TestSystems.printer("letters", null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No channel carries PRINTER message systems");
  }

  @Test
  void twoChannelsForOneTypeAreRefused() {
    List<Channel> both = List.of(mail, new MemoryChannel(MessageSystemType.SMTP));

    assertThatThrownBy(() -> new Channels(both))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Two channels carry SMTP");
  }
}
