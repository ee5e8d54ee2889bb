/** The listener on the request queue, its answers and its dead-letter queue. */
package org.rohrpost.request.boundary;
