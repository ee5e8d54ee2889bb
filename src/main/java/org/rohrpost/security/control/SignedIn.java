package org.rohrpost.security.control;

import java.io.Serializable;
import java.util.Set;

/** A user signed in to the pages, as its session keeps it: the name and the roles. */
public record SignedIn(String name, Set<String> roles) implements Serializable {
  public static final String SESSION_ATTRIBUTE = "rohrpost.signedIn";
}
