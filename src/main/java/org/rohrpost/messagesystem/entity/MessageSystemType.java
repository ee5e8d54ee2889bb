package org.rohrpost.messagesystem.entity;

/** The kinds of outgoing channel. */
public enum MessageSystemType {
  SMTP
}
