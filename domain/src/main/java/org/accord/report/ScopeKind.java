package org.accord.report;

/** What a report covers: everything, one agreement, one commitment, or the initiatives one agency leads. */
public enum ScopeKind {
    ALL,
    AGREEMENT,
    COMMITMENT,
    AGENCY
}
