package org.accord.audit;

/** What happened, for the audit trail. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    ACCOUNT_LOCKED,
    LOGOUT,
    ACCESS_DENIED,
    ADMINISTRATOR_CREATED,
    USER_CREATED,
    USER_UPDATED,
    USER_DISABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    LANGUAGE_CHANGED,
    REPORT_ISSUED
}
