/** The generation job's artifacts and the REST resource that creates a communication's batches. */
package org.rohrpost.generation.boundary;
