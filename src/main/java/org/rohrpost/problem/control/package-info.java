/**
 * The domain's refusals (invalid input, unknown thing, conflicting state, a body too large) as
 * exceptions, and the limits of a request's body.
 */
package org.rohrpost.problem.control;
