/** Maps refusals and unexpected failures to RFC 9457 problem responses. */
package org.rohrpost.problem.boundary;
