/**
 * The batch pages, the REST resources for batches, the batch jobs' listeners and the lease renewal.
 */
package org.rohrpost.batch.boundary;
