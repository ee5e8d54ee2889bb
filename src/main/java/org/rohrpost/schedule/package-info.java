/** Scheduled tasks that run communications once or on a calendar, each due time exactly once. */
package org.rohrpost.schedule;
