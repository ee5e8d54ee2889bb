package org.rohrpost.messagesystem.entity;

/** The kinds of outgoing channel: mail through an SMTP server, or letters to a printer. */
public enum MessageSystemType {
  SMTP,
  PRINTER
}
