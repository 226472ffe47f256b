package org.accord.audit;

/** A record's id and the name the audit trail shows for it: its code, or a task's title. */
public record SubjectName(long id, String name) {
}
