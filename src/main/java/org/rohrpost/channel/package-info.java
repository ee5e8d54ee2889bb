/** The seam between dispatch and transport: a channel per type of message system. */
package org.rohrpost.channel;
