/** What every channel offers (endpoint, connection, outcome) and the registry that picks one. */
package org.rohrpost.channel.control;
