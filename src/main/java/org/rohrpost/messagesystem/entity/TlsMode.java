package org.rohrpost.messagesystem.entity;

/** How the connection to an SMTP server is secured. */
public enum TlsMode {
  /** Plain SMTP. */
  NONE,
  /** Plain connection upgraded with STARTTLS; refused if the server does not offer it. */
  STARTTLS,
  /** TLS from the first byte (SMTPS). */
  TLS
}
