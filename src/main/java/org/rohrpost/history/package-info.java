/** The ledger's history: a message with its attempts, sent again or corrected and resubmitted. */
package org.rohrpost.history;
