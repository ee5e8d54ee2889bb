/** MicroProfile Health checks: ready when the database and the broker answer. */
package org.rohrpost.health.boundary;
