/** The SMTP channel: mail composed, signed and handed to a relay. */
package org.rohrpost.smtp;
