/** A channel that keeps what it is handed in memory: a whole channel in one package. */
package org.rohrpost.channel.memory;
