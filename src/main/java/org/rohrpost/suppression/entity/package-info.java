/** Suppressed addresses of a client. */
package org.rohrpost.suppression.entity;
