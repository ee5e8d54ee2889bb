/** Ad-hoc requests: validating them whole, generating their messages inline, queueing them. */
package org.rohrpost.adhoc.control;
