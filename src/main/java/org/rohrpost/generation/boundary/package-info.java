/**
 * The generation job's artifacts, the REST resource that creates a communication's batches, and the
 * take-over of orphaned generations.
 */
package org.rohrpost.generation.boundary;
