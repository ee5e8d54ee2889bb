/** The demo SMTP sink and the demo client that sends to it. */
package org.rohrpost.demo.control;
