/** Checking and storing a client's communications. */
package org.rohrpost.communication.control;
