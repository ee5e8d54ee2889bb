/** Signed unsubscribe links for bulk mail, and suppressing the address a valid link names. */
package org.rohrpost.unsubscribe.control;
