package org.accord.audit;

/** The two halves of the audit trail: security events (sign-ins, denials, user administration) and field changes. */
public enum AuditKind {
    SECURITY,
    CHANGE
}
