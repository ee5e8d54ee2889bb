/** Several servers: who is alive, and moving the work of one that is gone to another. */
package org.rohrpost.cluster;
