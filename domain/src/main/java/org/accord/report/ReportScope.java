package org.accord.report;

import java.util.Objects;

/** The part of the portfolio a report covers; {@code id} names the agreement, commitment or agency. */
public record ReportScope(ScopeKind kind, Long id) {

    public ReportScope {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ScopeKind.ALL) != (id == null)) {
            throw new IllegalArgumentException("A scope of " + kind + " takes " + (id == null ? "an id" : "no id"));
        }
    }

    public static ReportScope all() {
        return new ReportScope(ScopeKind.ALL, null);
    }

    public static ReportScope agreement(long id) {
        return new ReportScope(ScopeKind.AGREEMENT, id);
    }

    public static ReportScope commitment(long id) {
        return new ReportScope(ScopeKind.COMMITMENT, id);
    }

    public static ReportScope agency(long id) {
        return new ReportScope(ScopeKind.AGENCY, id);
    }
}
