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
    set(message, "id", id);
    return message;
  }

  /** As if the message had been tried {@code attempts} times before. */
  public static void setAttempts(Message message, int attempts) {
    set(message, "attempts", attempts);
  }

  private static void set(Message message, String name, Object value) {
    try {
      Field field = Message.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(message, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
