package org.rohrpost.access.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.rohrpost.access.entity.Permission;

/**
 * The permission an API method needs (on a resource class: each of its methods without one of its
 * own). A method without it, in a class without it, needs {@link Permission#ADMINISTER}.
 */
@Inherited // found on the container's proxy subclass of a resource too
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
  Permission value();
}
