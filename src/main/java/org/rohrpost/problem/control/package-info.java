/** The domain's refusals (invalid input, unknown thing, conflicting state) as exceptions. */
package org.rohrpost.problem.control;
