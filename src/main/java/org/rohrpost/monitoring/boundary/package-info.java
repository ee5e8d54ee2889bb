/** Metrics on {@code /metrics}, derived from the ledger. */
package org.rohrpost.monitoring.boundary;
