package org.rohrpost.template.entity;

/** What a message says, in Mustache: subject, HTML part and text part (at least one of them). */
public record Template(String subject, String html, String text) {}
