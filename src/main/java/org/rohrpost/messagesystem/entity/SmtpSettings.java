package org.rohrpost.messagesystem.entity;

/** Where and as whom to connect to an SMTP server (the password travels separately). */
public record SmtpSettings(
    String host, int port, TlsMode tls, String username, String from, Double ratePerSecond) {}
