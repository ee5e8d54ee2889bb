/** Defining scheduled tasks, firing their due times once, and catching up on missed ones. */
package org.rohrpost.schedule.control;
