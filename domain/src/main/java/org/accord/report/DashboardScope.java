package org.accord.report;

/**
 * A scope the dashboard can show: all agreements, one agreement or one commitment, with the agreement it belongs
 * to, so that links to the lists can name it (the lists choose a commitment within its agreement).
 */
public record DashboardScope(ScopeKind kind, Long id, Long agreementId, String agreementCode, Bilingual label) {

    public static final DashboardScope ALL = new DashboardScope(ScopeKind.ALL, null, null, null,
            new Bilingual("All agreements", "Todos los acuerdos"));

    public ReportScope asReportScope() {
        return new ReportScope(kind, id);
    }
}
