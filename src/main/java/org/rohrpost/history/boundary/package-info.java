/** The messages API: one message with its attempts, resend and correct. */
package org.rohrpost.history.boundary;
