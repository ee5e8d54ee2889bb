/** The REST resource for suppression lists. */
package org.rohrpost.suppression.boundary;
