package org.rohrpost.messagesystem.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rohrpost.messagesystem.boundary.MessageSystemsResource.MessageSystemView;
import org.rohrpost.messagesystem.entity.DkimSettings;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;

class MessageSystemViewTest {
  private static final String PASSWORD_CIPHER = "v1:cGFzc3dvcmQtY2lwaGVy";
  private static final String KEY_CIPHER = "v1:ZGtpbS1rZXktY2lwaGVy";

  @Test
  void showsTheDkimDomainAndSelectorButNeverTheKey() throws Exception {
    MessageSystem system = system();
    system.signWithDkim(new DkimSettings("mail.example.com", "s2048"), KEY_CIPHER);

    String json = toJson(MessageSystemView.of(system));

    assertThat(json).contains("\"dkim\":{\"domain\":\"mail.example.com\",\"selector\":\"s2048\"}");
    assertThat(json)
        .doesNotContain(KEY_CIPHER, PASSWORD_CIPHER, "privateKey", "Cipher", "cipher", "PRIVATE");
  }

  @Test
  void aSystemWithoutDkimHasNoDkimInItsAnswer() throws Exception {
    MessageSystem system = system();
    assertThat(system.dkim()).isNull();
    assertThat(toJson(MessageSystemView.of(system))).doesNotContain("dkim");
  }

  @Test
  void theViewHasNoPlaceForSecrets() {
    assertThat(
            Arrays.stream(MessageSystemView.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase()))
        .noneMatch(name -> name.contains("key") && !name.equals("key"))
        .noneMatch(name -> name.contains("cipher") || name.equals("password"));
  }

  private static MessageSystem system() {
    return new MessageSystem(
        null,
        "relay",
        new SmtpSettings("smtp.example.com", 587, TlsMode.STARTTLS, "u", "a@example.com", null),
        PASSWORD_CIPHER);
  }

  private static String toJson(MessageSystemView view) throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(view);
    }
  }
}
