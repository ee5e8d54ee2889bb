/** {@code /metrics}: what this server counts as it sends, and what the ledger holds. */
package org.rohrpost.monitoring.boundary;
