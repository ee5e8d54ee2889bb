package org.rohrpost.messagesystem.entity;

import java.net.URI;

/**
 * Where a printer message system prints: an IPP printer ({@code ipp://}, {@code ipps://}), or the
 * server's spool directory when {@code printer} is null; {@code server} (null: any) is the server
 * tied to the printer, which alone sends the system's mail.
 */
public record PrinterSettings(URI printer, String server) {}
