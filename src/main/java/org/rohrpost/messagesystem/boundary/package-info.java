/** The REST resource and the page section for message systems. */
package org.rohrpost.messagesystem.boundary;
