/**
 * The messages API (one message with its attempts, resend and correct; search across batches) and
 * the timer that deletes old history.
 */
package org.rohrpost.history.boundary;
