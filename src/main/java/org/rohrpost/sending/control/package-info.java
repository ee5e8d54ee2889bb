/** Bundling due messages onto the send queues and sending bundles over SMTP. */
package org.rohrpost.sending.control;
