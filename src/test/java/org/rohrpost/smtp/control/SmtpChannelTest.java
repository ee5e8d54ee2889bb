package org.rohrpost.smtp.control;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rohrpost.channel.control.Channel;
import org.rohrpost.channel.control.ChannelContract;
import org.rohrpost.channel.control.TestSystems;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;

/** The channel contract over SMTP, against GreenMail (a fresh one for each test). */
class SmtpChannelTest implements ChannelContract {
  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final SmtpChannel channel = new SmtpChannel();

  SmtpChannelTest() {
    channel.messageSystems = new MessageSystems();
  }

  @Override
  public Channel channel() {
    return channel;
  }

  @Override
  public MessageSystem reachable() {
    return TestSystems.smtp("relay", greenMail.getSmtp().getPort());
  }

  @Override
  public MessageSystem unreachable() {
    try {
      return TestSystems.smtp("gone", TestSystems.closedPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<String> arrived(int expected) {
    greenMail.waitForIncomingEmail(5_000, expected);
    return Arrays.stream(greenMail.getReceivedMessages())
        .map(GreenMailUtil::getWholeMessage)
        .toList();
  }
}
