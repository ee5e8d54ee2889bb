/** The ledger's rules: guarded status changes of messages, retries, and derived batch counts. */
package org.rohrpost.ledger.control;
