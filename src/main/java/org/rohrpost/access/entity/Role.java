package org.rohrpost.access.entity;

/** What a user may do. */
public enum Role {
  ADMIN,
  SCHEDULER,
  APPROVER,
  OPERATOR,
  VIEWER
}
