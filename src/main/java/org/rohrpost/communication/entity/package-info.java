/** Communications: what to send, to whom, through which message system. */
package org.rohrpost.communication.entity;
