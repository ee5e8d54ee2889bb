/** The schedules API and the timers that fire scheduled tasks as the server's own identity. */
package org.rohrpost.schedule.boundary;
