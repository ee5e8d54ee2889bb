package org.rohrpost.population.control;

/**
 * A population's members are about to be replaced; fired inside the transaction, before the old
 * members go. An observer that must not see them change (a generation reading them) refuses by
 * throwing, and nothing is replaced.
 */
public record PopulationReplacing(long populationId, String key) {}
