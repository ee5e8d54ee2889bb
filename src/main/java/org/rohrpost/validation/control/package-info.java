/**
 * The rules of input, one place each: keys, e-mail addresses and mailboxes, and the field errors a
 * refused input gets (answered as 422 by the API, shown beside the field by the pages).
 */
package org.rohrpost.validation.control;
