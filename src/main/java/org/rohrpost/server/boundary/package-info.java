/** Start-up work of the server: schema migrations. */
package org.rohrpost.server.boundary;
