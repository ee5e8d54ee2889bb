package org.rohrpost.generation.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import org.rohrpost.ledger.control.NewMessage;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.template.control.TemplateRenderer;

/**
 * Renders a member's message from the plan's template. A member with an invalid address, a
 * suppressed one, or one whose data would make an unsendable message is kept as skipped, with why.
 */
public final class Personalizer {
  private static final Jsonb JSON = JsonbBuilder.create();

  private Personalizer() {}

  public static LedgerRow personalize(GenerationPlan plan, Member member) {
    Map<String, Object> data;
    try {
      data = member.dataJson() == null ? Map.of() : JSON.fromJson(member.dataJson(), Map.class);
    } catch (JsonbException e) {
      return skipped(plan, member, "its data is not readable: " + e.getMessage());
    }
    if (member.invalidReason() != null) {
      return skipped(plan, member, "invalid: " + member.invalidReason());
    }
    if (member.suppressed()) {
      return skipped(plan, member, "suppressed");
    }
    TemplateRenderer.Rendering r = plan.renderer().render(member.email(), member.name(), data);
    if (!r.isSafe()) {
      return skipped(plan, member, "its data " + r.problem());
    }
    return new LedgerRow(
        member.position(),
        new NewMessage(
            member.recipient(), new Message.Rendered(r.subject(), r.html(), r.text()), null));
  }

  /** A skipped row keeps the template's subject, and no body: it is never sent. */
  private static LedgerRow skipped(GenerationPlan plan, Member member, String why) {
    return new LedgerRow(
        member.position(),
        new NewMessage(
            member.recipient(), new Message.Rendered(plan.template().subject(), null, null), why));
  }
}
