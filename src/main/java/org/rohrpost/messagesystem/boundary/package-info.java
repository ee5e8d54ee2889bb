/** The REST resource for message systems. */
package org.rohrpost.messagesystem.boundary;
