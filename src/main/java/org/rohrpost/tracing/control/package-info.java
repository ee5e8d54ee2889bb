/** Starting spans in a batch's trace, keeping and carrying its context. */
package org.rohrpost.tracing.control;
