/** The REST resource and the pages for clients. */
package org.rohrpost.client.boundary;
