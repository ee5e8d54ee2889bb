/** Scheduled tasks, their calendar rules and their runs. */
package org.rohrpost.schedule.entity;
