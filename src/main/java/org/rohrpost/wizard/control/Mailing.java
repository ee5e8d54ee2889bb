package org.rohrpost.wizard.control;

import java.util.stream.Stream;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.population.control.RecipientRow;
import org.rohrpost.schedule.control.ScheduleRequest;

/**
 * What the wizard collected for a client: the communication's definition (its population key
 * included), the recipients to store under that key if uploaded (read as they are stored; else
 * null: an existing population), and when to send: a schedule, or null for a batch now.
 */
public record Mailing(
    String client,
    Communications.Definition communication,
    Stream<RecipientRow> upload,
    ScheduleRequest schedule) {}
