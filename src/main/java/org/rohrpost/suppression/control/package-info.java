/** Keeping a client's suppression list and matching recipients against it. */
package org.rohrpost.suppression.control;
