package org.accord.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
