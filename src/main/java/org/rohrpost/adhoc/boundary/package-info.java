/** The REST resource for ad-hoc sends. */
package org.rohrpost.adhoc.boundary;
