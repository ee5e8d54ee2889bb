/**
 * Dispatch: bundling due messages onto the send queues, claims, yielding and pacing, and sending
 * bundles over their message system's channel.
 */
package org.rohrpost.sending.control;
