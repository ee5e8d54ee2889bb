package org.rohrpost.adhoc.control;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ad-hoc send request, as API.md defines it (REST body, or JMS body with "client"). */
public record AdhocRequest(
    String client,
    String messageSystem,
    String subject,
    String html,
    String text,
    List<RecipientInput> recipients,
    @Schema(format = "date-time") String notBefore,
    @Schema(format = "date-time") String expiresAt,
    Integer maxAttempts,
    @Schema(ref = "QueueClass") String queueClass) {

  /**
   * One recipient; {@code data} is what the template sees as {@code {{data.field}}}; {@code
   * notBefore} and {@code expiresAt} (optional) replace the request's for this recipient.
   */
  public record RecipientInput(
      String email,
      String name,
      Map<String, Object> data,
      @Schema(format = "date-time") String notBefore,
      @Schema(format = "date-time") String expiresAt) {}
}
