/** Message systems: a client's outgoing channels (SMTP servers) and their settings. */
package org.rohrpost.messagesystem.entity;
