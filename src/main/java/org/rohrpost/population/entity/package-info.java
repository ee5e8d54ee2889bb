/** Populations: a client's named recipient lists and their members. */
package org.rohrpost.population.entity;
