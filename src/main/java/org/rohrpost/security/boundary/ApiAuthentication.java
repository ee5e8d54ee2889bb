package org.rohrpost.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/** HTTP Basic over the users of the identity store. */
@BasicAuthenticationMechanismDefinition(realmName = "rohrpost")
@DeclareRoles({"ADMIN", "SCHEDULER", "APPROVER", "OPERATOR", "VIEWER"})
@ApplicationScoped
public class ApiAuthentication {}
