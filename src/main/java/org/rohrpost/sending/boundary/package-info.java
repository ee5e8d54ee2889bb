/**
 * The send workers (one message-driven bean per queue class), the sweeper and the resumption after
 * a restart.
 */
package org.rohrpost.sending.boundary;
