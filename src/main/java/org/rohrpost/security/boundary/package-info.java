/** How callers authenticate, and the bootstrap administrator. */
package org.rohrpost.security.boundary;
