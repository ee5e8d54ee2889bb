/**
 * The two ways in of an ad-hoc send: the REST resource, and the listener on the JMS request queue
 * with its answers and its dead-letter queue.
 */
package org.rohrpost.adhoc.boundary;
