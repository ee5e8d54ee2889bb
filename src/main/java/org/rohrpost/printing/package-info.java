/**
 * Print jobs: a message rendered to a PDF letter and handed to a printer (IPP) or a spool folder.
 */
package org.rohrpost.printing;
