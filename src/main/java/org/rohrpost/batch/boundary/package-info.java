/** The REST resource for batches. */
package org.rohrpost.batch.boundary;
