package org.rohrpost;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test whose outcome depends on the database (its queries, locks, transactions, types or a
 * restart of it): {@code .ci/run} runs it on the embedded H2 and again on PostgreSQL (the few that
 * need PostgreSQL itself, {@link OnPostgreSql}, there only). Tests without it (pages, limits,
 * templates, timers) run once, on H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnEveryDatabase.TAG)
public @interface OnEveryDatabase {
  String TAG = "database";
}
