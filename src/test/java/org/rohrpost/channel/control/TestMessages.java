package org.rohrpost.channel.control;

import java.lang.reflect.Field;
import org.rohrpost.ledger.entity.Message;

/** Ledger messages as the database would hand them out: with an id. */
public final class TestMessages {
  public static final long BATCH_ID = 7L;

  private TestMessages() {}

  public static Message message(long id, String to, String subject, String html, String text) {
    Message message =
        new Message(
            BATCH_ID,
            new Message.Recipient(to, "Tö Name"),
            new Message.Rendered(subject, html, text),
            new Message.Delivery(3, null, null, "example.com"));
    try {
      Field field = Message.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(message, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return message;
  }
}
