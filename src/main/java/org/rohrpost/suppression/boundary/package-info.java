/** The REST resource and the page section for suppression lists. */
package org.rohrpost.suppression.boundary;
