/** Reading populations, personalizing, and writing ledger rows, in plain JDBC for speed. */
package org.rohrpost.generation.control;
