/** This server's identity and settings. */
package org.rohrpost.server.control;
