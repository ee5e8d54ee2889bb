/** Composing MIME mail, DKIM signing, and SMTP connections whose replies become outcomes. */
package org.rohrpost.smtp.control;
