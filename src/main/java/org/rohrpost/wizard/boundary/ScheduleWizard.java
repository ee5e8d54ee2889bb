package org.rohrpost.wizard.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.flow.FlowScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rohrpost.access.boundary.Permissions;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.population.control.RecipientRow;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.schedule.control.Schedules;
import org.rohrpost.schedule.entity.ScheduledTask;
import org.rohrpost.template.control.TemplateRenderer;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;
import org.rohrpost.wizard.control.Mailing;
import org.rohrpost.wizard.control.Mailings;

/**
 * The Schedule Message wizard (the Faces flow {@code schedule}): message, population, delivery,
 * when, review. Each step checks its fields by the rules of the controls that will save them; back
 * and next keep what was entered, since it lives in the flow. Nothing is stored before the final
 * save, which saves it all in one transaction ({@link Mailings}). For administrators and
 * schedulers; a scheduler, as in the API, runs an existing communication unchanged on a schedule.
 */
@Named
@FlowScoped("schedule")
public class ScheduleWizard implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int NEXT_DUE = 5;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject Permissions permissions;
  @Inject Clients clients;
  @Inject Communications communications;
  @Inject MessageSystems messageSystems;
  @Inject Schedules schedules;
  @Inject Mailings mailings;
  @Inject PageMessages messages;

  private String client;
  private String startFrom;
  private final Message message = new Message();
  private TemplateRenderer.Rendering preview;
  private final Recipients recipients = new Recipients();
  private String messageSystem;
  private String queueClass;
  private final Timing timing = new Timing();
  private List<String> dueTimes = List.of();
  private String exit;

  // --- step 1: the message

  /** Fills the message and delivery fields from an existing communication of the client. */
  public String use() {
    if (refused()) {
      return null;
    }
    try {
      Communications.Definition d = Mailings.definitionOf(communications.get(client, startFrom));
      message.fill(d);
      recipients.setPopulation(d.population());
      messageSystem = d.messageSystem();
      queueClass = d.queueClass();
    } catch (RuntimeException e) {
      messages.refused(e);
    }
    return null;
  }

  public String preview() {
    if (!refused()) {
      render();
    }
    return null;
  }

  public String toPopulation() {
    if (refused()) {
      return null;
    }
    FieldErrors errors = new FieldErrors();
    errors.required("client", client);
    Keys.check(errors, "key", message.getKey());
    Communications.checkMessage(definition(), errors);
    if (!checked(errors) || clientMissing()) {
      return null;
    }
    render();
    return "population";
  }

  /** Renders the message for a sample recipient: the first valid one uploaded, or Erika. */
  private void render() {
    RecipientRow sample = recipients.sample();
    try {
      preview =
          TemplateRenderer.preview(
              message.template(), sample.email(), sample.name(), sample.data());
    } catch (RuntimeException e) {
      preview = null;
      messages.refused(e);
    }
  }

  /** The sample recipient, for the message step's live preview. */
  public String getSampleJson() {
    return LivePreviewServlet.sampleJson(recipients.sample());
  }

  // --- step 2: the population

  public String upload() {
    if (!refused() && takeFile() && recipients.getUpload() == null) {
      messages.error("file: choose a CSV file to upload");
    }
    return null;
  }

  public String removeUpload() {
    recipients.removeUpload();
    return null;
  }

  public String toDelivery() {
    if (refused() || !takeFile()) {
      return null;
    }
    FieldErrors errors = new FieldErrors();
    recipients.check(errors);
    return checked(errors) ? "delivery" : null;
  }

  /** Takes a file sent along, if any; false when it was refused. */
  private boolean takeFile() {
    Part file = recipients.takeFile();
    if (file == null) {
      return true;
    }
    try {
      recipients.take(Upload.of(file), message.getKey());
      render();
      return true;
    } catch (RuntimeException e) {
      messages.refused(e);
      return false;
    }
  }

  // --- step 3: delivery

  public String toWhen() {
    if (refused() || clientMissing()) {
      return null;
    }
    Client c = clients.get(client);
    FieldErrors errors = new FieldErrors();
    var system = messageSystems.resolve(c, messageSystem, errors);
    QueueClass requested = Keys.optional(errors, "queueClass", queueClass(), QueueClass.class);
    MessageSystems.queueClassFor(system, requested, c.queueClass(), errors);
    return checked(errors) ? "when" : null;
  }

  // --- step 4: when

  public String showDueTimes() {
    if (!refused()) {
      dueTimes();
    }
    return null;
  }

  public String toReview() {
    return !refused() && dueTimes() ? "review" : null;
  }

  /** The next due times of the timing asked for (none for now); false when it is refused. */
  private boolean dueTimes() {
    dueTimes = List.of();
    if (timing.getMode() == Timing.Mode.NOW) {
      return true;
    }
    try {
      ZoneId zone = ZoneId.of(timing.getZone());
      dueTimes =
          schedules.dueTimes(timing.request(), NEXT_DUE).stream()
              .map(due -> DUE.format(due.atZone(zone)) + " " + zone.getId())
              .toList();
      return true;
    } catch (RuntimeException e) {
      messages.refused(e);
      return false;
    }
  }

  // --- step 5: review and save

  public String save() {
    if (refused()) {
      return null;
    }
    try {
      Mailings.Saved saved =
          mailings.save(
              new Mailing(
                  client, definition(), recipients.rowsToSave(), timing.request(message.getKey())),
              external().getUserPrincipal().getName(),
              isAdmin());
      exit = exitTo(saved);
      return "saved";
    } catch (RuntimeException e) {
      messages.refused(e);
      return null;
    }
  }

  private String exitTo(Mailings.Saved saved) {
    if (saved.batch() != null) {
      messages.afterRedirect("Batch " + saved.batch().id() + " made.");
      return "/admin/batch.xhtml?faces-redirect=true&id=" + saved.batch().id();
    }
    ScheduledTask task = saved.task();
    String next =
        task.nextDue(Instant.now())
            .map(due -> DUE.format(due.atZone(task.zone())) + " " + task.zone().getId())
            .orElse("never");
    messages.afterRedirect("Scheduled: task " + task.id() + ", next due " + next + ".");
    return "/admin/batches.xhtml?faces-redirect=true";
  }

  // --- shared

  private Communications.Definition definition() {
    return message.definition(messageSystem, recipients.key(), queueClass());
  }

  private String queueClass() {
    return isBlank(queueClass) ? null : queueClass;
  }

  /** Says so and is true when the caller may not use the wizard (as the API would refuse). */
  private boolean refused() {
    if (permissions.allow(Permission.SCHEDULE)) {
      return false;
    }
    messages.error("Your roles do not allow you to schedule messages.");
    return true;
  }

  private boolean clientMissing() {
    try {
      clients.get(client);
      return false;
    } catch (RuntimeException e) {
      messages.refused(e);
      return true;
    }
  }

  private boolean checked(FieldErrors errors) {
    try {
      errors.throwIfAny();
      return true;
    } catch (RuntimeException e) {
      messages.refused(e);
      return false;
    }
  }

  /** Whether the caller may also make communications and populations, and send at once. */
  public boolean isAdmin() {
    return permissions.allow(Permission.ADMINISTER);
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  // --- what the pages show and choose from

  public boolean isNewCommunication() {
    return client == null || mailings.existing(client, message.getKey()) == null;
  }

  public TemplateRenderer.Rendering getPreview() {
    return preview;
  }

  public Recipients getRecipients() {
    return recipients;
  }

  public Timing getTiming() {
    return timing;
  }

  public List<String> getDueTimes() {
    return dueTimes;
  }

  public String getExit() {
    return exit;
  }

  public String getClient() {
    return client;
  }

  public void setClient(String client) {
    this.client = client;
  }

  public String getStartFrom() {
    return startFrom;
  }

  public void setStartFrom(String startFrom) {
    this.startFrom = startFrom;
  }

  public Message getMessage() {
    return message;
  }

  public String getMessageSystem() {
    return messageSystem;
  }

  public void setMessageSystem(String messageSystem) {
    this.messageSystem = messageSystem;
  }

  public String getQueueClass() {
    return queueClass;
  }

  public void setQueueClass(String queueClass) {
    this.queueClass = queueClass;
  }
}
