package org.rohrpost.messagesystem.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MessageSystemChangeTest {
  private final MessageSystem smtp =
      new MessageSystem(
          null,
          "relay",
          new SmtpSettings("smtp.example.com", 25, TlsMode.NONE, "mailer", "a@example.com", null),
          "cipher");
  private final MessageSystem printer =
      MessageSystem.printer(null, "hall", new PrinterSettings(null, null), null);

  @Test
  void anSmtpSystemTakesNewSettingsWhole() {
    SmtpSettings changed =
        new SmtpSettings("relay.example.com", 587, TlsMode.STARTTLS, null, "b@example.com", 5.0);
    smtp.connectWith(changed, null);
    assertThat(smtp.smtp()).isEqualTo(changed);
    assertThat(smtp.ratePerSecond()).isEqualTo(5.0);
    assertThat(smtp.hasPassword()).isFalse();
    assertThat(smtp.key()).isEqualTo("relay");
  }

  @Test
  void aPrinterTakesANewPrinterAndServer() {
    URI ipp = URI.create("ipp://cups.example.org:631/printers/hall");
    printer.printTo(new PrinterSettings(ipp, "server-b"), 2.0);
    assertThat(printer.printer()).isEqualTo(new PrinterSettings(ipp, "server-b"));
    assertThat(printer.server()).isEqualTo("server-b");
    assertThat(printer.ratePerSecond()).isEqualTo(2.0);
  }

  @Test
  void neitherTurnsIntoTheOther() {
    assertThatThrownBy(() -> printer.connectWith(smtp.smtp(), null))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> smtp.printTo(new PrinterSettings(null, null), null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(smtp.isPrinter()).isFalse();
    assertThat(printer.isPrinter()).isTrue();
  }
}
