package org.rohrpost;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of restarts with servers of its own, on the production database: a restart of the
 * database, several servers sharing one database, {@code kill -9} and SIGTERM, timers that missed
 * their time while the server was down. It runs only where {@code ROHRPOST_DB_URL} is set; {@code
 * .ci/run} runs these side by side with the tests on H2, from a copy of the project.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnPostgreSql.TAG)
public @interface OnPostgreSql {
  String TAG = "postgresql";
}
