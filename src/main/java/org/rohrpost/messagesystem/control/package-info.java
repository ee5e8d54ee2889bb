/** Validating, storing and reading message systems, with their passwords encrypted. */
package org.rohrpost.messagesystem.control;
