/**
 * Ad-hoc requests, however they come: validating them whole, generating their messages inline,
 * queueing them, and accepting a JMS request once however often it arrives.
 */
package org.rohrpost.adhoc.control;
