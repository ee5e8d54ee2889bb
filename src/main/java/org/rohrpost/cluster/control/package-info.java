/** Heartbeats of the servers and moving the work of a server that is gone. */
package org.rohrpost.cluster.control;
