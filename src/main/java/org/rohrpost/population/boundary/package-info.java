/** The REST resource for populations. */
package org.rohrpost.population.boundary;
