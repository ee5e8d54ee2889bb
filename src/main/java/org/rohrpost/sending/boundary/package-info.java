/** The send workers (one message-driven bean per queue class) and the sweeper timer. */
package org.rohrpost.sending.boundary;
