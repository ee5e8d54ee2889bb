/** Checking uploads (JSON or CSV) row by row and replacing a population's members. */
package org.rohrpost.population.control;
