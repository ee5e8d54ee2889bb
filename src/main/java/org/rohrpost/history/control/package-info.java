/** Sending a message again, as it was or corrected, in a batch of its own. */
package org.rohrpost.history.control;
