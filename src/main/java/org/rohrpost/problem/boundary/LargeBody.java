package org.rohrpost.problem.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API method that streams its body into the database rather than holding it: it takes bodies up
 * to {@code ROHRPOST_MAX_CSV_BYTES} instead of {@code ROHRPOST_MAX_BODY_BYTES} ({@link
 * BodySizeLimit}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LargeBody {}
