/** Rohrpost: message scheduling and dispatch; the root holds only the REST application. */
package org.rohrpost;
