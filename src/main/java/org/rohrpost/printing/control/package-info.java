/** Rendering letters to PDF and submitting them to an IPP printer or a spool directory. */
package org.rohrpost.printing.control;
