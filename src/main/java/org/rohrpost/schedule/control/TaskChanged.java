package org.rohrpost.schedule.control;

/** A scheduled task was made, changed, enabled, disabled or deleted: its timer needs re-arming. */
public record TaskChanged(long taskId) {}
