/** The servers API and the heartbeat timer. */
package org.rohrpost.cluster.boundary;
