/** What readiness is made of: the last probe of the database and the broker, and its age. */
package org.rohrpost.health.control;
