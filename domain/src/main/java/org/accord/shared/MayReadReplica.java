package org.accord.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that the read replica may serve when one is configured (operations.md "Read replica"): reports, exports
 * and the dashboard's aggregates, so that executives reading never slows the program managers' screens. What it
 * reads may lag the primary by the replication delay, and it must not write: the replica's connections are
 * read-only. Called inside a transaction already under way, it reads through that transaction's connection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MayReadReplica {
}
