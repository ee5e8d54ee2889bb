/** Reading counts from the ledger for monitoring. */
package org.rohrpost.monitoring.control;
