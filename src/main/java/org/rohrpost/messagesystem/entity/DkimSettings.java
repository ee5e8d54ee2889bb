package org.rohrpost.messagesystem.entity;

/** Who signs a message system's mail: the DKIM signing domain (d=) and selector (s=). */
public record DkimSettings(String domain, String selector) {}
