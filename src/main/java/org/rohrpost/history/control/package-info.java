/**
 * Sending a message again (as it was or corrected, in a batch of its own), finding messages across
 * batches, and deleting history whose retention has passed.
 */
package org.rohrpost.history.control;
