package org.rohrpost.access.entity;

import static org.rohrpost.access.entity.Role.ADMIN;
import static org.rohrpost.access.entity.Role.APPROVER;
import static org.rohrpost.access.entity.Role.OPERATOR;
import static org.rohrpost.access.entity.Role.SCHEDULER;
import static org.rohrpost.access.entity.Role.VIEWER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a caller may do, and the roles that may: the one place where roles get their rights. An API
 * method names the permission it needs ({@code @Allowed}), and a page asks for the same one before
 * it offers or does the same thing.
 */
public enum Permission {
  /** Read clients, communications' batches and schedules. */
  READ(ADMIN, SCHEDULER, APPROVER, OPERATOR, VIEWER),
  /** Read the ledger (messages, their history, searches) and the servers. */
  WATCH(ADMIN, OPERATOR, VIEWER),
  /** Pause, resume and cancel batches, resend messages. */
  OPERATE(ADMIN, OPERATOR),
  /** Create, change and delete schedules. */
  SCHEDULE(ADMIN, SCHEDULER),
  /** Approve batches. */
  APPROVE(ADMIN, APPROVER),
  /** Everything else: clients, communications, message systems, users, servers' moves. */
  ADMINISTER(ADMIN);

  private final Set<Role> roles;

  Permission(Role... roles) {
    this.roles = EnumSet.copyOf(Arrays.asList(roles));
  }

  /** Whether a caller holding the roles that {@code holds} says yes to may do this. */
  public boolean isGrantedTo(Predicate<String> holds) {
    return roles.stream().map(Role::name).anyMatch(holds);
  }

  /** The names of the roles that may, for a refusal's message. */
  public String roleNames() {
    return String.join(", ", roles.stream().map(Role::name).toList());
  }
}
