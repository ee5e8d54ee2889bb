/** The REST resource for communications. */
package org.rohrpost.communication.boundary;
