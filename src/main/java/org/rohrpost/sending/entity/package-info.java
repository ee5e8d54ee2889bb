/** Bundles: the unit of work of a send worker, held with a lease. */
package org.rohrpost.sending.entity;
