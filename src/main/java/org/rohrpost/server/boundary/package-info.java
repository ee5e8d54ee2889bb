/** Start-up and stop of the server: schema migrations, picking up a previous run, stopping. */
package org.rohrpost.server.boundary;
