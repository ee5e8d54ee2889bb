package org.rohrpost.population.control;

import java.util.Map;

/** One recipient as uploaded (row numbers count from 1, without a CSV header). */
public record RecipientRow(int row, String email, String name, Map<String, Object> data) {}
