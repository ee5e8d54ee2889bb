/** The REST resource for clients. */
package org.rohrpost.client.boundary;
